import path from 'node:path'

import { pathToFile } from '../../constants/liveStore'
import { removeFiles, runBounded, writeFileAtomic } from './files'

/**
 * Writes rendered pages into a build folder by their site path (`/a/` → `a/index.html`, `/404` → `404.html`,
 * `/rss.xml` → `rss.xml`, the shared rule of cms/constants/liveStore.ts), each by rename so the live build's inode is
 * untouched, a few at a time. Returns the files written (relative), for precompressFiles and the build's changed list.
 * Idempotent: the same pages give the same files.
 */
export async function writePages(clientDir: string, pages: Iterable<readonly [path: string, body: string | Uint8Array]>): Promise<string[]> {
  const list = [...pages].map(([pathname, body]) => [pathToFile(pathname), body] as const)
  await runBounded(list, 16, ([file, body]) => writeFileAtomic(path.join(clientDir, file), body))
  return list.map(([file]) => file)
}

/** Removes pages by their site path, with their twins and the folders they leave empty. Returns the files (relative). */
export async function removePages(clientDir: string, paths: Iterable<string>): Promise<string[]> {
  const files = [...paths].map(pathToFile)
  await removeFiles(clientDir, files)
  return files
}
