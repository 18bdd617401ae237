import path from 'node:path'

import { attachmentFiles, type FileStore } from '../practices/attachmentFiles'

/** Where issued certificates are kept: a private folder under the data folder, never under dist/. */
export function privateCertificatesDir(dataDir: string): string {
  return path.join(dataDir, 'private', 'certificati')
}

/** The private store of sealed certificates, by opaque key (the attachments' store in its own folder). */
export const certificateFiles = (rootDir: string): FileStore => attachmentFiles(rootDir)
export type CertificateFiles = FileStore
