import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { serialize } from 'node:v8'
import path from 'node:path'

import { afterEach, expect, it } from 'vitest'

import { MemoryStore } from './liveContent'
import { readStoreSnapshot, writeStoreSnapshot } from './storeSnapshot'

const dirs: string[] = []
const newDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'istantanea-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const entry = (collection: string, id: string, title: string) => ({ id, collection, data: { title, publishedAt: new Date('2026-03-01T10:00:00Z') } })

it('gives the on-demand pages the content of the build, and a later build the content changed since', async () => {
  const store = new MemoryStore()
  store.set('news', [entry('news', 'b', 'Seconda'), entry('news', 'a', 'Prima')])
  store.set('topics', [entry('topics', 'ambiente', 'Ambiente')])
  const first = newDir()
  await writeStoreSnapshot(first, store, null)
  const read = readStoreSnapshot(first)
  expect(read.entries('news').map((e) => e.id)).toEqual(['a', 'b'])
  expect(read.get('topics', 'ambiente')?.data).toEqual({ title: 'Ambiente', publishedAt: new Date('2026-03-01T10:00:00Z') })

  // One entry changed in place and one added: the next snapshot has both, and the collection nobody touched as before.
  store.put(entry('news', 'a', 'Prima, corretta'))
  store.put(entry('news', 'c', 'Terza'))
  const second = newDir()
  await writeStoreSnapshot(second, store, first)
  const again = readStoreSnapshot(second)
  expect(again.entries('news').map((e) => [e.id, e.data.title])).toEqual([['a', 'Prima, corretta'], ['b', 'Seconda'], ['c', 'Terza']])
  expect(again.entries('topics')).toHaveLength(1)
  // The first build's snapshot is its own.
  expect(readStoreSnapshot(first).get('news', 'a')?.data.title).toBe('Prima')
})

it('reads a build without a snapshot as empty lists', () => {
  const store = readStoreSnapshot(newDir())
  expect(store.entries('news')).toEqual([])
  expect(store.get('news', 'a')).toBeUndefined()
})

it('splits a large collection into parts, links the parts a publication did not change and rewrites the one it did', async () => {
  const store = new MemoryStore()
  store.set('news', Array.from({ length: 3_000 }, (_, i) => entry('news', `notizia-${String(i).padStart(4, '0')}`, `Notizia ${i}`)))
  store.set('topics', [entry('topics', 'ambiente', 'Ambiente')])
  const first = newDir()
  await writeStoreSnapshot(first, store, null)
  const files = readdirSync(path.join(first, 'content-store')).sort()
  // 3,000 entries at about 512 a part: eight parts; the small collection one.
  expect(files.filter((f) => f.startsWith('news.'))).toHaveLength(8)
  expect(files.filter((f) => f.startsWith('topics.'))).toEqual(['topics.0.bin'])

  store.put(entry('news', 'notizia-0042', 'Notizia 42, corretta'))
  const second = newDir()
  await writeStoreSnapshot(second, store, first)
  const inode = (dir: string, file: string) => statSync(path.join(dir, 'content-store', file)).ino
  const rewritten = files.filter((f) => inode(first, f) !== inode(second, f))
  // Only the part holding the changed entry is a new file; every other one is the first build's file, linked.
  expect(rewritten).toHaveLength(1)
  expect(rewritten[0]).toMatch(/^news\.\d+\.bin$/)
  const read = readStoreSnapshot(second)
  expect(read.entries('news').map((e) => e.id)).toEqual(Array.from({ length: 3_000 }, (_, i) => `notizia-${String(i).padStart(4, '0')}`))
  expect(read.get('news', 'notizia-0042')?.data.title).toBe('Notizia 42, corretta')
  expect(readStoreSnapshot(first).get('news', 'notizia-0042')?.data.title).toBe('Notizia 42')

  // A folder reused from an older build loses the parts the snapshot no longer has.
  store.set('news', [entry('news', 'sola', 'Sola')])
  await writeStoreSnapshot(first, store, second)
  expect(readdirSync(path.join(first, 'content-store')).sort()).toEqual(['news.0.bin', 'topics.0.bin'])
  expect(readStoreSnapshot(first).entries('news').map((e) => e.id)).toEqual(['sola'])
})

it('reads the single file of a build made before the snapshot was split', () => {
  const dir = newDir()
  writeFileSync(path.join(dir, 'content-store.bin'), serialize([['news', serialize([entry('news', 'a', 'Prima')])]]))
  expect(readStoreSnapshot(dir).get('news', 'a')?.data.title).toBe('Prima')
})
