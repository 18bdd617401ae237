import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'

import type { LiveEntry, LiveStore } from '../../constants/liveStore'

const snapshotFile = (buildDir: string) => path.join(buildDir, 'content-store.bin')

/**
 * The content a build was rendered from, kept in its folder (not served) so the public server renders its on-demand
 * pages (the preview of drafts, the citizen's desk) with the same menus and lists as the published ones.
 */
export function writeStoreSnapshot(buildDir: string, collections: Map<string, Map<string, LiveEntry>>): void {
  writeFileSync(snapshotFile(buildDir), serialize(collections))
}

/** The snapshot of a build as a store, or an empty store when the build has none. */
export function readStoreSnapshot(buildDir: string): LiveStore {
  let collections = new Map<string, Map<string, LiveEntry>>()
  try {
    collections = deserialize(readFileSync(snapshotFile(buildDir))) as typeof collections
  } catch {
    // A build made before snapshots existed: the on-demand pages render with empty lists rather than fail.
  }
  return {
    entries: (collection) => [...(collections.get(collection)?.values() ?? [])],
    get: (collection, id) => collections.get(collection)?.get(id),
  }
}
