import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { rootDir } from '../cms/env'
import { settingsSchema } from './config'
import { settingsTable, withSettingsTable } from './settingsTable'

describe('the settings table', () => {
  it('describes every setting of the schema', () => {
    for (const [name, setting] of Object.entries(settingsSchema.shape)) expect(setting.meta()?.description, name).toBeTruthy()
  })

  it('shows each setting with its default, or how the default is found, and marks deprecated ones', () => {
    const table = settingsTable(z.object({
      A: z.coerce.number().default(3).meta({ description: 'una porta' }),
      B: z.string().optional().meta({ description: 'una cartella', shownDefault: '`data/`' }),
      C: z.string().optional().meta({ description: 'un nome vecchio', deprecated: true }),
    }))
    expect(table.split('\n')).toEqual(['| variable | default | meaning |', '|---|---|---|', '| `A` | `3` | una porta |', '| `B` | `data/` | una cartella |', '| `C` (deprecated) | — | un nome vecchio |'])
  })

  it('is the one in the README, as `npm run docs:settings` writes it from the schema', () => {
    const readme = readFileSync(path.join(rootDir, 'README.md'), 'utf8')
    expect(readme).toBe(withSettingsTable(readme, settingsTable()))
  })

  it('refuses a README without its markers instead of losing the table', () => {
    expect(() => withSettingsTable('# Sportello\n', settingsTable())).toThrow(/segnaposto/)
  })
})
