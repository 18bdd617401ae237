import { linkSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * A synthetic built site for the search tests and bench/search.ts: pages shaped like the real ones (a header and
 * footer Pagefind-style ignored, a `data-pagefind-body` with a title, headings, paragraphs, services carrying the
 * editors' synonyms as SearchSynonyms.astro renders them, list pages of titles and summaries), with pseudo-Italian
 * text drawn from a Zipf-like vocabulary that grows with the archive (names, protocol numbers), as a real one does.
 * Deterministic: the same (count, seed) gives the same bytes.
 */

const syllables = ['ba', 'be', 'bi', 'bo', 'ca', 'ce', 'ci', 'co', 'cu', 'da', 'de', 'di', 'do', 'fa', 'fe', 'fi', 'fo', 'ga', 'ge', 'gi', 'go', 'la', 'le', 'li', 'lo', 'lu', 'ma', 'me', 'mi', 'mo', 'na', 'ne', 'ni', 'no', 'pa', 'pe', 'pi', 'po', 'ra', 're', 'ri', 'ro', 'sa', 'se', 'si', 'so', 'ta', 'te', 'ti', 'to', 'va', 've', 'vi', 'vo', 'za', 'zo', 'stra', 'tro', 'men', 'zio', 'sco', 'pre', 'gna', 'glie', 'con', 'per', 'tur', 'ven', 'cchi', 'ssa']
const endings = ['a', 'e', 'i', 'o', 'ne', 'ni', 'to', 'ta', 'ti', 'zione', 'zioni', 'mento', 'menti', 'ità', 'ale', 'ali', 'ico', 'ica', 'iche']
const functionWords = ['il', 'la', 'di', 'e', 'che', 'per', 'in', 'con', 'del', 'della', 'dei', 'le', 'un', 'una', 'è', 'al', 'alla', 'sono', 'si', 'da', 'nel', 'nella', 'a', 'i', 'gli', 'dal', 'sul', 'più', 'anche', 'come']
const realWords = ['comune', 'cittadini', 'servizio', 'ufficio', 'domanda', 'città', 'avviso', 'scadenza', 'pagamento', 'strada', 'scuola', 'lavori', 'giorno', 'orari', 'sportello', 'modulo', 'documento', 'residenti', 'piazza', 'consiglio', 'giunta', 'sindaco', 'bando', 'contributo', 'evento', 'mercato', 'biblioteca', 'traffico', 'chiusura', 'apertura', 'parcheggio', 'tributi', 'ambiente', 'verde', 'sociale', 'famiglie', 'anziani', 'giovani', 'cultura', 'sport']

export type CorpusPage = { file: string; url: string; html: string }

/** A small seeded generator (mulberry32): the corpus must be the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The vocabulary: a fixed core of real and pseudo words, ranked so that a power law picks the frequent ones. */
function vocabulary(size: number): string[] {
  const random = seededRandom(7)
  const words = new Set<string>(realWords)
  while (words.size < size) {
    const n = 1 + Math.floor(random() * 3)
    let w = ''
    for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)]
    words.add(w + endings[Math.floor(random() * endings.length)])
  }
  return [...words]
}

const vocab = vocabulary(30_000)

/** One word: a function word a third of the time, else a vocabulary word on a Zipf-like law, rarely a unique name. */
function word(random: () => number, page: number): string {
  const r = random()
  if (r < 0.33) return functionWords[Math.floor(random() * functionWords.length)]!
  if (r < 0.335) return `prot${page.toString(36)}${Math.floor(random() * 100)}`
  return vocab[Math.floor(vocab.length * Math.pow(random(), 3))]!
}

function sentence(random: () => number, page: number, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(word(random, page))
  const text = out.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The boilerplate of every page, as big as the real header, menus and footer, all ignored by the search. */
const header = `<header class="it-header-wrapper" data-pagefind-ignore="all"><nav aria-label="Navigazione principale"><ul>${Array.from({ length: 300 }, (_, i) => `<li><a class="nav-link" href="/sezione-${i}/"><span>Voce di menu ${i} del portale</span></a></li>`).join('')}</ul></nav></header>`
const footer = `<footer class="it-footer" id="footer" data-pagefind-ignore="all"><div class="container">${Array.from({ length: 80 }, (_, i) => `<p><a href="/piede-${i}/">Collegamento del piè di pagina numero ${i}</a></p>`).join('')}</div></footer>`

function shell(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="it"> <head><meta charset="utf-8"><title>${escapeHtml(title)} - Comune di Prova</title><meta name="description" content="${escapeHtml(title)}"><script type="application/ld+json">{"@context":"https://schema.org","name":"${escapeHtml(title)}"}</script></head> <body>${header}<main id="main-content"><div class="container" data-pagefind-ignore="all"><nav class="breadcrumb">Home / ${escapeHtml(title)}</nav></div><div data-pagefind-body>${body}</div><div class="bg-primary feedback-band" data-pagefind-ignore="all"><p>Quanto sono chiare le informazioni su questa pagina?</p></div></main>${footer}<script type="module" src="/scripts/app.js"></script></body></html>`
}

export type PageVariant = { page: number; edit?: number }

/** A news or service page: services (one in fifty) carry synonyms; `edit` changes the text as an editor would. */
export function detailPage({ page, edit = 0 }: PageVariant): CorpusPage {
  const random = seededRandom(page * 7919 + edit * 104729 + 1)
  const service = page % 50 === 0
  const title = sentence(random, page, 4 + Math.floor(random() * 6)).slice(0, -1)
  const slug = `pagina-${page}`
  const sections: string[] = []
  const paragraphs = 4 + Math.floor(random() * 6)
  for (let p = 0; p < paragraphs; p++) {
    if (p % 2 === 0) sections.push(`<h2 class="h3 mb-3">${escapeHtml(sentence(random, page, 3).slice(0, -1))}</h2>`)
    sections.push(`<p>${escapeHtml(Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random, page, 8 + Math.floor(random() * 10))).join(' '))}</p>`)
  }
  const synonyms = service ? `<div hidden data-pagefind-weight="10" data-pagefind-meta="sinonimi">${escapeHtml(`${title}. ${word(random, page)}. ${word(random, page)} ${word(random, page)}`)}.</div>` : ''
  const body = `<div class="container"><div class="page-heading"><h1>${escapeHtml(title)}</h1><p class="lead">${escapeHtml(sentence(random, page, 15))}</p></div></div>${synonyms}<div class="container pb-5"><nav class="page-index" data-pagefind-ignore="all"><h2>Indice della pagina</h2><ul><li><a href="#a">Cos’è</a></li></ul></nav>${sections.join('')}</div>`
  const dir = service ? 'servizi' : 'notizie'
  return { file: `${dir}/${slug}/index.html`, url: `/${dir}/${slug}/`, html: shell(title, body) }
}

/** A list page: ten titles and summaries of the pages it shows. */
export function listPage(number: number, pages: CorpusPage[]): CorpusPage {
  const items = pages.map((detail) => {
    const title = /<h1>(.*?)<\/h1>/.exec(detail.html)![1]!
    const lead = /<p class="lead">(.*?)<\/p>/.exec(detail.html)![1]!
    return `<li><div class="card"><h2 class="card-title h5"><a href="${detail.url}">${title}</a></h2><p class="card-text">${lead}</p></div></li>`
  })
  const file = number === 1 ? 'notizie/index.html' : `notizie/pagina/${number}/index.html`
  return { file, url: `/${path.dirname(file)}/`.replace('//', '/'), html: shell(`Tutte le notizie, pagina ${number}`, `<div class="container"><h1>Tutte le notizie</h1></div><ul class="link-grid">${items.join('')}</ul>`) }
}

/** How many detail pages a corpus of `count` pages has (the rest are list pages of ten). */
export const detailCount = (count: number) => Math.round((count * 10) / 11)

/** The list page showing detail page `page`, and its number. */
export const listNumberOf = (page: number) => Math.floor(page / 10) + 1

/** The pages of a corpus of `count` pages: detail pages and one list page for every ten of them. */
export function corpusPages(count: number): CorpusPage[] {
  const details = detailCount(count)
  const pages: CorpusPage[] = []
  for (let i = 0; i < details; i++) pages.push(detailPage({ page: i }))
  for (let n = 1; pages.length < count; n++) pages.push(listPage(n, Array.from({ length: 10 }, (_, k) => pages[((n - 1) * 10 + k) % details]!)))
  return pages
}

/** Writes the corpus under dir, plus a page without a search body (as the real search page is). */
export function writeCorpus(dir: string, count: number): CorpusPage[] {
  const pages = corpusPages(count)
  for (const page of pages) writePage(dir, page)
  writePage(dir, { file: 'cerca/index.html', url: '/cerca/', html: '<!DOCTYPE html><html lang="it"><head><title>Cerca</title></head><body><h1>Cerca nel sito</h1></body></html>' })
  return pages
}

export function writePage(dir: string, page: CorpusPage): void {
  const file = path.join(dir, page.file)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, page.html)
}

/** A hard-link clone of a folder, as the assembly makes the next build from the live one. */
export function linkClone(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    const source = path.join(entry.parentPath, entry.name)
    const target = path.join(to, path.relative(from, source))
    if (entry.isDirectory()) mkdirSync(target, { recursive: true })
    else {
      mkdirSync(path.dirname(target), { recursive: true })
      linkSync(source, target)
    }
  }
}
