// The README's table of every setting, generated from the settings schema (api/config.ts):
// `npm run docs:settings` writes it between two markers, and a test fails when the README's copy differs.
import { z } from 'zod'

import { settingsSchema } from './config'

const begin = '<!-- settings:begin — generated from the settings schema by `npm run docs:settings`; edit the schema, not this table -->'
const end = '<!-- settings:end -->'

/** A Markdown table of the schema's settings: variable, default, meaning, in the schema's order. */
export function settingsTable(schema: z.ZodObject = settingsSchema): string {
  const rows = Object.entries(schema.shape).map(([name, setting]) => {
    const { description, shownDefault, deprecated } = setting.meta() ?? {}
    const variable = deprecated ? `\`${name}\` (deprecated)` : `\`${name}\``
    return `| ${variable} | ${shownDefault ?? defaultToText(setting)} | ${description ?? ''} |`
  })
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n')
}

/** A setting's default as table text: the value in code, or a dash when it has none. */
function defaultToText(setting: z.ZodType): string {
  return setting instanceof z.ZodDefault ? `\`${String(setting.def.defaultValue)}\`` : '—'
}

/** The README with `table` between its settings markers; throws when they are missing. */
export function withSettingsTable(readme: string, table: string): string {
  const from = readme.indexOf(begin)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md: mancano i segnaposto della tabella delle impostazioni (${begin} … ${end})`)
  return `${readme.slice(0, from + begin.length)}\n${table}\n${readme.slice(to)}`
}
