import path from 'node:path'

import { z } from 'zod'

import { rootDir } from '../cms/env'

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  SPORTELLO_PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  SPORTELLO_SITE_DIR: z.string().default(path.join(rootDir, 'dist', 'client')),
  SPORTELLO_BODY_LIMIT: z.coerce.number().int().min(1024).default(1024 * 1024),
})

/** The public server's configuration, parsed once at start-up. */
export type ApiConfig = {
  port: number
  host: string
  publicUrl: URL
  siteDir: string
  bodyLimit: number
}

/** Raised at start-up when an environment variable is wrong: the server refuses to start. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads the environment into an ApiConfig, or stops with a message naming the bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Configurazione non valida:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: new URL(e.SPORTELLO_PUBLIC_URL),
    siteDir: path.resolve(e.SPORTELLO_SITE_DIR),
    bodyLimit: e.SPORTELLO_BODY_LIMIT,
  }
}
