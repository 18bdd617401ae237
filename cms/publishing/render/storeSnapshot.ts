import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'

import type { LiveEntry, LiveStore } from '../../constants/liveStore'
import type { MemoryStore } from './liveContent'

const snapshotFile = (buildDir: string) => path.join(buildDir, 'content-store.bin')

/** Each collection's entries serialised, kept while the store gives the same array (until that collection changes). */
const serialized = new WeakMap<readonly LiveEntry[], Buffer>()

/**
 * The content a build was rendered from, kept in its folder (not served) so the public server renders its on-demand
 * pages (the preview of drafts, the citizen's desk) with the same menus and lists as the published ones. Written per
 * collection: a publication serialises again only the collections it changed, not every entry of the site.
 */
export function writeStoreSnapshot(buildDir: string, store: MemoryStore): void {
  const parts = [...store.collections.keys()].map((name): [string, Buffer] => {
    const entries = store.entries(name)
    let bytes = serialized.get(entries)
    if (!bytes) serialized.set(entries, (bytes = serialize(entries)))
    return [name, bytes]
  })
  writeFileSync(snapshotFile(buildDir), serialize(parts))
}

/** The snapshot of a build as a store, or an empty store when the build has none. */
export function readStoreSnapshot(buildDir: string): LiveStore {
  const collections = new Map<string, Map<string, LiveEntry>>()
  try {
    const saved = deserialize(readFileSync(snapshotFile(buildDir))) as [string, Uint8Array][] | Map<string, Map<string, LiveEntry>>
    // A build made before snapshots were written per collection holds the whole map.
    if (saved instanceof Map) for (const [name, byId] of saved) collections.set(name, byId)
    else for (const [name, bytes] of saved) collections.set(name, new Map((deserialize(bytes) as LiveEntry[]).map((entry) => [entry.id, entry])))
  } catch {
    // A build made before snapshots existed: the on-demand pages render with empty lists rather than fail.
  }
  return {
    entries: (collection) => [...(collections.get(collection)?.values() ?? [])],
    get: (collection, id) => collections.get(collection)?.get(id),
  }
}
