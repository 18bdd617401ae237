import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { htmlIsIndexable, indexablePageFilter } from './indexablePages'

describe('indexablePageFilter', () => {
  const out = mkdtempSync(join(tmpdir(), 'sitemap-'))
  const page = (path: string, html: string) => {
    mkdirSync(join(out, path), { recursive: true })
    writeFileSync(join(out, path, 'index.html'), html)
  }
  page('servizi', '<html><head><title>Servizi</title></head></html>')
  page('area-personale', '<html><head><meta name="robots" content="noindex"></head></html>')
  const keep = indexablePageFilter(out)

  it('keeps a built page that may be indexed', () => {
    expect(keep('https://comune.example/servizi/')).toBe(true)
  })

  it('drops a page that asks not to be indexed', () => {
    expect(keep('https://comune.example/area-personale/')).toBe(false)
  })

  it('drops a route that is not in the build, such as the on-request preview', () => {
    expect(keep('https://comune.example/anteprima/')).toBe(false)
  })

  it('reads the robots meta whatever its other directives', () => {
    expect(htmlIsIndexable('<meta name="robots" content="noindex, nofollow">')).toBe(false)
    expect(htmlIsIndexable('<meta name="description" content="noindex">')).toBe(true)
  })
})
