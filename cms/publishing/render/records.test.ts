import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, expect, it } from 'vitest'

import { readRecords, recordsFile, type RenderRecords } from './records'

let root: string | undefined
afterEach(() => root && rmSync(root, { recursive: true, force: true }))

const recordsOf = (id: string): RenderRecords => ({ version: 1, id, base: null, changedFiles: null, compiled: 'c', day: '2026-12-05', pages: { '/': { deps: ['news:*'], indexable: true } }, digests: { 'news:*': 'd' } })

it('reads a build’s own records, and refuses those another build left in a folder it took over', () => {
  root = mkdtempSync(path.join(tmpdir(), 'registri-'))
  const own = path.join(root, '20261205-010000-000')
  const takenOver = path.join(root, '20261205-010100-000')
  for (const dir of [own, takenOver]) mkdirSync(dir)
  writeFileSync(recordsFile(own), JSON.stringify(recordsOf('20261205-010000-000')))
  // The folder of an older build renamed for a new one, the process stopped before the new build's records were written.
  writeFileSync(recordsFile(takenOver), JSON.stringify(recordsOf('20261205-005900-000')))
  expect(readRecords(own)?.id).toBe('20261205-010000-000')
  expect(readRecords(takenOver)).toBeNull()
  expect(readRecords(path.join(root, 'mancante'))).toBeNull()
})
