// The portal as a PDND client of the demo's ANPR stand-in: fixed, public identifiers and a private key
// generated once per data folder (never written in the repository). Outside the demo the configuration
// refuses this key file (api/config.ts), and the stand-in is never planned (api/standins/planStart.ts).
import { generateKeyPairSync } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { createFileOnce } from '../../../cms/env'

/** Identifiers of the demo's PDND client and audiences: not secrets (PDND publishes the real ones too). */
export const demoPdndClient = {
  clientId: 'sportello-demo-client',
  kid: 'sportello-demo-key',
  purposeId: 'sportello-demo-finalita-c021',
  pdndAudience: 'pdnd-di-prova/client-assertion',
  eserviceAudience: 'anpr-di-prova/C021',
} as const

/** The file name of the demo's PDND private key in a data folder. */
export const demoPdndKeyName = 'demo-pdnd-client-key.pem'

/** The demo's PDND private key (PKCS#8 PEM) in the data folder: made once, readable by the owner only; returns its path. */
export function demoPdndKeyFile(dataDir: string): string {
  const file = path.join(dataDir, demoPdndKeyName)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    createFileOnce(file, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600)
  return file
}
