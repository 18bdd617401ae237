import { type Dirent, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'

import type { LiveEntry, LiveStore } from '../../constants/liveStore'
import { linkFileAtomic, removeFiles, writeFileAtomic } from '../assemble/files'
import type { MemoryStore } from './liveContent'

/** The snapshot's folder in a build (not served): one file per part of a collection. */
const snapshotDir = (buildDir: string) => path.join(buildDir, 'content-store')
/** The single file builds made before the snapshot was split (read still; removed from a folder a new build reuses). */
const legacyFile = (buildDir: string) => path.join(buildDir, 'content-store.bin')

/** About how many entries a part holds: a collection is split into a power of two of parts by a hash of the entry id. */
const entriesPerPart = 512

/** A collection's entries by part file (`<collection>.<part>.bin`), each part in the store's id order. */
function partsOf(collection: string, entries: readonly LiveEntry[]): Map<string, LiveEntry[]> {
  const count = 2 ** Math.ceil(Math.log2(Math.max(1, entries.length / entriesPerPart)))
  const parts = Array.from({ length: count }, (): LiveEntry[] => [])
  for (const entry of entries) parts[hashOf(entry.id) & (count - 1)]!.push(entry)
  return new Map(parts.map((part, i) => [`${encodeURIComponent(collection)}.${i}.bin`, part]))
}

/** FNV-1a of a string: a stable spread of ids over parts. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** The parts this process wrote last, in which build folder: the next snapshot links those that did not change. */
let last: { buildDir: string; parts: Map<string, { entries: LiveEntry[]; bytes: Buffer }> } | null = null

/**
 * The content a build was rendered from, kept in its folder (not served) so the public server renders its on-demand
 * pages (the preview of drafts, the citizen's desk) with the same menus and lists as the published ones.
 *
 * Split by collection and, past a few hundred entries, by a hash of the entry id, so a publication pays for the parts
 * it changed, not for the site: a part whose entries are the same objects as in the snapshot this process wrote for
 * `liveDir` (the store keeps an unchanged entry's object) is a hard link to that build's file; the others are
 * serialised and written. A single file of 20,000 pages' content cost ~90 ms a publication to serialise and write.
 * Files are replaced by rename or link, never written in place: the folder may be a reused one.
 */
export async function writeStoreSnapshot(buildDir: string, store: MemoryStore, liveDir: string | null): Promise<void> {
  const dir = snapshotDir(buildDir)
  mkdirSync(dir, { recursive: true })
  rmSync(legacyFile(buildDir), { force: true })
  const reusable = last && liveDir && last.buildDir === liveDir ? last.parts : new Map<string, { entries: LiveEntry[]; bytes: Buffer }>()
  const parts = new Map<string, { entries: LiveEntry[]; bytes: Buffer }>()
  for (const collection of store.collections.keys()) {
    for (const [file, entries] of partsOf(collection, store.entries(collection))) {
      const before = reusable.get(file)
      if (before && sameEntries(before.entries, entries)) {
        parts.set(file, before)
        await linkFileAtomic(path.join(snapshotDir(liveDir!), file), path.join(dir, file)).catch(() => writeFileAtomic(path.join(dir, file), before.bytes))
      } else {
        const bytes = serialize(entries)
        parts.set(file, { entries, bytes })
        await writeFileAtomic(path.join(dir, file), bytes)
      }
    }
  }
  // Parts of a reused folder that this snapshot does not have (a collection that shrank to fewer parts).
  await removeFiles(dir, (await readdir(dir)).filter((file) => !parts.has(file) && !file.startsWith('.')))
  last = { buildDir, parts }
}

function partFiles(buildDir: string): Dirent[] | null {
  try {
    return readdirSync(snapshotDir(buildDir), { withFileTypes: true })
  } catch {
    return null
  }
}

const sameEntries = (a: readonly LiveEntry[], b: readonly LiveEntry[]) => a.length === b.length && a.every((entry, i) => entry === b[i])

/** The snapshot of a build as a store, or an empty store when the build has none. */
export function readStoreSnapshot(buildDir: string): LiveStore {
  const collections = new Map<string, Map<string, LiveEntry>>()
  const parts = partFiles(buildDir)
  if (parts) {
    const entriesOf = new Map<string, LiveEntry[]>()
    for (const part of parts) {
      const match = part.isFile() && part.name.match(/^(.+)\.\d+\.bin$/)
      if (!match) continue
      const collection = decodeURIComponent(match[1]!)
      const list = entriesOf.get(collection) ?? entriesOf.set(collection, []).get(collection)!
      list.push(...(deserialize(readFileSync(path.join(snapshotDir(buildDir), part.name))) as LiveEntry[]))
    }
    // In the store's id order, whatever part each entry came from.
    for (const [collection, list] of entriesOf) collections.set(collection, new Map(list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((entry) => [entry.id, entry])))
  } else {
    try {
      const saved = deserialize(readFileSync(legacyFile(buildDir))) as [string, Uint8Array][] | Map<string, Map<string, LiveEntry>>
      // A build made before snapshots were written per collection holds the whole map.
      if (saved instanceof Map) for (const [name, byId] of saved) collections.set(name, byId)
      else for (const [name, bytes] of saved) collections.set(name, new Map((deserialize(bytes) as LiveEntry[]).map((entry) => [entry.id, entry])))
    } catch {
      // A build made before snapshots existed: the on-demand pages render with empty lists rather than fail.
    }
  }
  return {
    entries: (collection) => [...(collections.get(collection)?.values() ?? [])],
    get: (collection, id) => collections.get(collection)?.get(id),
  }
}
