import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchEngine } from './engine'
import { extractPage } from './extractPage'
import { indexFolder, indexSiteFull, openSearch, patchSearchIndex } from './searchIndex'
import { detailPage, linkClone, listNumberOf, listPage, writeCorpus, type CorpusPage } from './testCorpus'

const engine = searchEngine()
const work = mkdtempSync(path.join(tmpdir(), 'sportello-search-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))


/** Every file of a folder with its inode and a digest of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files.set(path.relative(dir, file), `${statSync(file).ino}:${createHash('sha1').update(readFileSync(file)).digest('hex')}`)
  }
  return files
}

/** Rewrites a page as the assembly does: a new file, never the shared inode. */
function rewrite(dir: string, page: CorpusPage): void {
  const file = path.join(dir, page.file)
  rmSync(file, { force: true })
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, page.html)
}

/** Every answer of a query: url and score, best first (ties by url, ids differ between indexes). */
async function answers(dir: string, query: string): Promise<string[]> {
  const search = openSearch(dir)
  const hits = await search.search(query)
  const pages = await Promise.all(hits.map(async (hit) => `${(await search.page(hit.id))!.u} ${hit.score}`))
  return pages.sort((a, b) => Number(b.split(' ')[1]) - Number(a.split(' ')[1]) || a.localeCompare(b))
}

const urls = async (dir: string, query: string) => (await answers(dir, query)).map((a) => a.split(' ')[0])

describe('extractPage', () => {
  it('reads the search body only, with heading and explicit weights, metadata and the h1 as title', () => {
    const html = '<html><head><title>Titolo &amp; sito</title></head><body><header data-pagefind-ignore="all">Menu principale</header>' +
      '<div data-pagefind-body><nav data-pagefind-ignore="all">Indice</nav><h1>Cambio di <em>residenza</em></h1>' +
      '<div hidden data-pagefind-weight="10" data-pagefind-meta="sinonimi">trasloco. anagrafe.</div>' +
      '<p>Il servizio&nbsp;permette <script>var x = "<b>no</b>"</script>di comunicare l&#8217;indirizzo.</p></div><footer>Piede</footer></body></html>'
    const page = extractPage(html, 'servizi/cambio/index.html')!
    expect(page.url).toBe('/servizi/cambio/')
    expect(page.title).toBe('Cambio di residenza')
    expect(page.meta).toEqual({ sinonimi: 'trasloco. anagrafe.' })
    expect(page.text).toBe('Cambio di residenza trasloco. anagrafe. Il servizio permette di comunicare l’indirizzo.')
    expect(page.text).not.toMatch(/Menu|Indice|Piede|var x/)
    expect(page.runs.find((r) => r.text === 'residenza')?.weight).toBe(7)
    expect(page.runs.find((r) => r.text.includes('trasloco'))?.weight).toBe(10)
    expect(extractPage('<html><body><h1>Cerca</h1></body></html>', 'cerca/index.html')).toBeNull()
  })
})

describe('engine words', () => {
  it('folds accents and apostrophes, drops stop words, stems plurals and genders lightly', () => {
    expect(engine.terms('Carta d’identità')).toEqual(['carta', 'identit'])
    expect(engine.terms("carta d'identità")).toEqual(['carta', 'identit'])
    expect(engine.terms('Rifiuti rifiuto')).toEqual(['rifiut', 'rifiut'])
    expect(engine.terms('la TARI e la mensa')).toEqual(['tari', 'mensa'])
    expect(engine.shardKey('identit')).toBe('ide')
    expect(engine.shardKey('αβγδ')).toMatch(/^_[0-9a-f-]+$/)
  })
})

// Long under load: a corpus is written and indexed four times over.
describe('patchSearchIndex', { timeout: 240_000 }, () => {
  const live = path.join(work, 'live')
  const next = path.join(work, 'next')
  const fresh = path.join(work, 'fresh')
  const edited = detailPage({ page: 12, edit: 1 })
  const before = detailPage({ page: 12 })
  const removed = detailPage({ page: 30 })
  const added: CorpusPage = { ...detailPage({ page: 300 }), file: 'notizie/nuova-zorbalina/index.html', url: '/notizie/nuova-zorbalina/' }
  added.html = added.html.replace('<h1>', '<h1>Zorbalina ')
  const editedWord = 'quarzolite'
  edited.html = edited.html.replace('<h1>', `<h1>${editedWord} `)
  const list = listPage(listNumberOf(12), Array.from({ length: 10 }, (_, k) => (k === 2 ? edited : detailPage({ page: 10 + k }))))
  let liveFiles: Map<string, string>
  const queries = ['zorbalina', 'zorbal', editedWord, 'comune servizio', 'cittadini', 'ufficio domanda', 'pagina']

  beforeAll(async () => {
    writeCorpus(live, 220)
    // Blocks of 64 pages: the patch works over several term-file blocks, as a big site does.
    expect((await indexSiteFull(live, { blockSize: 64 })).pages).toBe(220)
    // As precompression leaves them: a twin that must not outlive the file it was made from.
    writeFileSync(path.join(live, indexFolder, 'indice.json.br'), 'compresso')
    liveFiles = snapshot(live)
    linkClone(live, next)
    rewrite(next, edited)
    rewrite(next, added)
    rewrite(next, list)
    unlinkSync(path.join(next, removed.file))
  }, 240_000)

  it('patches the next build, leaving every file of the live build as it was', async () => {
    const result = await patchSearchIndex(next, [edited.file, added.file, list.file], [removed.file])
    expect(result).toMatchObject({ pages: 220, full: false })
    expect(result.files).toContain(`${indexFolder}/indice.json`)
    // The removed page leaves its fragment file, rewritten with the edited and added pages' files; none is removed
    // while it still holds a page.
    const fragments = readdirSync(path.join(next, indexFolder, 'p')).flatMap((f) => Object.values(JSON.parse(readFileSync(path.join(next, indexFolder, 'p', f), 'utf8')) as Record<string, { u: string }>))
    expect(fragments.map((f) => f.u)).not.toContain(removed.url)
    expect(fragments.map((f) => f.u)).toContain(added.url)
    expect(fragments).toHaveLength(220)
    expect(result.files.filter((f) => f.startsWith(`${indexFolder}/p/`)).length).toBeGreaterThan(0)
    expect(result.removedFiles.filter((f) => f.startsWith(`${indexFolder}/p/`))).toHaveLength(0)
    expect(snapshot(live)).toEqual(liveFiles)
    expect(existsSync(path.join(next, indexFolder, 'indice.json.br'))).toBe(false)
  })

  it('answers every query as a full index of the same folder does', async () => {
    cpSync(next, fresh, { recursive: true })
    rmSync(path.join(fresh, indexFolder), { recursive: true })
    await indexSiteFull(fresh, { blockSize: 64 })
    const firstWords = engine.words(/<p>(.*?)<\/p>/.exec(before.html)![1]!).filter((w) => w.length > 5).slice(0, 5)
    for (const query of [...queries, ...firstWords, /<h1>(.*?)<\/h1>/.exec(removed.html)![1]!]) expect(await answers(next, query), query).toEqual(await answers(fresh, query))
  })

  it('finds the new page and the edited text, and no longer the removed page or the old text', async () => {
    expect(await urls(next, 'zorbalina')).toEqual(['/notizie/nuova-zorbalina/'])
    expect(await urls(next, 'zorbal')).toEqual(['/notizie/nuova-zorbalina/'])
    expect(await urls(next, editedWord)).toEqual([edited.url, list.url])
    expect(await urls(live, editedWord)).toEqual([])
    const removedTitle = /<h1>(.*?)<\/h1>/.exec(removed.html)![1]!
    expect(await urls(live, removedTitle)).toContain(removed.url)
    expect(await urls(next, removedTitle)).not.toContain(removed.url)
    // A sentence only the old version of the edited page had.
    const oldSentence = /<p class="lead">(.*?)<\/p>/.exec(before.html)![1]!
    expect(await urls(live, oldSentence)).toContain(before.url)
    expect(await urls(next, oldSentence)).not.toContain(before.url)
  })

  it('indexes in full when the state in the build folder is missing or unreadable', async () => {
    const broken = path.join(work, 'broken')
    cpSync(next, broken, { recursive: true })
    // The state of the edited page's bucket (pages are spread over buckets by a digest of their path).
    const bucket = createHash('sha1').update(edited.file).digest('hex').slice(0, 2)
    writeFileSync(path.join(broken, indexFolder, 'stato', `${bucket}.json`), '{not json')
    const result = await patchSearchIndex(broken, [edited.file], [])
    expect(result.full).toBe(true)
    expect(await urls(broken, 'zorbalina')).toEqual(['/notizie/nuova-zorbalina/'])
    rmSync(path.join(broken, indexFolder, 'indice.json'))
    expect((await patchSearchIndex(broken, [], [])).full).toBe(true)
  })

  it('writes the engine the browser imports', () => {
    const source = readFileSync(path.join(next, indexFolder, 'motore.js'), 'utf8')
    expect(source).toContain('export const engine')
  })
})
