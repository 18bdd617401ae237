import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

it('gives the on-demand pages the content of the build, and a later build the content changed since', () => {
  const store = new MemoryStore()
  store.set('news', [entry('news', 'b', 'Seconda'), entry('news', 'a', 'Prima')])
  store.set('topics', [entry('topics', 'ambiente', 'Ambiente')])
  const first = newDir()
  writeStoreSnapshot(first, store)
  const read = readStoreSnapshot(first)
  expect(read.entries('news').map((e) => e.id)).toEqual(['a', 'b'])
  expect(read.get('topics', 'ambiente')?.data).toEqual({ title: 'Ambiente', publishedAt: new Date('2026-03-01T10:00:00Z') })

  // One entry changed in place and one added: the next snapshot has both, and the collection nobody touched as before.
  store.put(entry('news', 'a', 'Prima, corretta'))
  store.put(entry('news', 'c', 'Terza'))
  const second = newDir()
  writeStoreSnapshot(second, store)
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
