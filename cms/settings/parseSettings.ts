import { z } from 'zod'

/** The environment, or any record of settings shaped like it. */
export type Env = Record<string, string | undefined>

/** Raised at start-up when a setting is wrong: the process refuses to start, naming it. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/**
 * Checks `env` against a settings schema. Spaces around a value are ignored and a blank value
 * counts as unset, as in a shell; every wrong setting is named in one Italian message.
 */
export function parseSettings<Schema extends z.ZodType>(schema: Schema, env: Env): z.output<Schema> {
  const given = Object.fromEntries(Object.entries(env).map(([name, value]) => [name, value?.trim() || undefined]))
  const parsed = schema.safeParse(given, { error: z.locales.it().localeError })
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
  throw new ConfigError(`Configurazione non valida:\n${lines.join('\n')}`)
}

/** Runs a start-up check; on a ConfigError prints its Italian message to stderr and exits with code 1. */
export function exitOnConfigError<T>(check: () => T): T {
  try {
    return check()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}
