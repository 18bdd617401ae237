/**
 * The search engine's words and ranking, in one self-contained function: the indexer calls it in Node, and the
 * indexer also writes its source into the built site as /ricerca/motore.js, which the search page imports. So the
 * browser folds, splits and stems a query exactly as the index was built — same build, same code — and nothing of
 * it is copied by hand into site/public. Nothing inside may refer to anything outside the function (it is turned
 * into text with Function.prototype.toString) and it must stay plain JavaScript once types are stripped.
 *
 * The index (written by ./searchIndex.ts) under /ricerca/:
 *   indice.json              { v, pages, blocks, blockSize, next, perFile }: how many pages, how many id blocks
 *   t/<block>/<key>.json      { term: [idDelta, score, idDelta, score, …] } for the terms starting with <key>
 *                             (their first three letters) of the pages whose id is in that block of blockSize ids
 *   p/<n>.json                { id: { u: url, t: title, x: text for the excerpt }, … }: the pages whose id divided
 *                             by perFile is n, loaded for shown results only
 * A query word loads one small file per block; a page's change rewrites only files of its own block.
 */
export function searchEngine() {
  const version = 3
  /** Words too common to help a search, never indexed (a query of only these finds nothing); folded, as words are. */
  const stopWords = new Set(('a ad al all alla alle allo agli ai anche c che chi ci coi col come con cui d da dai dal dall dalla dalle dallo dagli dei del dell della delle dello degli di e ed gli i il in l la le lo ma ne negli nei nel nell nella nelle nello non o per piu questa queste questi questo se si sia su sua sue sui sul sull sulla sulle suo suoi tra fra un una uno').split(' '))
  /** Score added to a term found in the `sinonimi` metadata (a service's name and its editors' synonyms). */
  const metaBoost = 5
  const saturation = 1.2

  /** Lower case, accents and apostrophe variants folded: "Identità" and "identita" are one word. */
  function fold(text: string): string {
    const lower = text.toLowerCase()
    return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower
  }

  /**
   * A light Italian stemmer (J. Savoy's: the last vowel of the plural and the gender, with -ie/-he/-ii/-hi/-ia/-io),
   * on words of six letters or more: "rifiuti" and "rifiuto" meet at "rifiut". Light on purpose: a query is also
   * matched as a prefix, so over-stemming gains nothing and loses precision.
   */
  function stem(word: string): string {
    const n = word.length
    if (n < 6) return word
    const last = word[n - 1]
    const before = word[n - 2]
    if (last === 'e') return before === 'i' || before === 'h' ? word.slice(0, -2) : word.slice(0, -1)
    if (last === 'i') return before === 'h' || before === 'i' ? word.slice(0, -2) : word.slice(0, -1)
    if (last === 'a' || last === 'o') return before === 'i' ? word.slice(0, -2) : word.slice(0, -1)
    return word
  }

  /** The folded words of a text in order (letters and digits; everything else separates, apostrophes included). */
  function words(text: string): string[] {
    // Latin letters by a plain class (four times faster than \p{L}, and nearly all of an Italian site); any other
    // run past Latin (punctuation such as ’ or «, or another script) is split by the Unicode classes.
    const out: string[] = []
    for (const token of fold(text).match(/[a-z0-9\u00df-\u00f6\u00f8-\u024f]+|[^\u0000-\u024f]+/g) ?? []) {
      if (token.charCodeAt(0) <= 0x24f) out.push(token)
      else for (const part of token.match(/[\p{L}\p{N}]+/gu) ?? []) out.push(part)
    }
    return out
  }

  /** The indexed terms of a text: words minus stop words and single letters, stemmed. */
  function terms(text: string): string[] {
    const out: string[] = []
    for (const w of words(text)) if (!(w.length === 1 && !/\d/.test(w)) && !stopWords.has(w)) out.push(stem(w))
    return out
  }

  /** The shard a term lives in: its first three letters, as a safe file name (hex code points past ASCII). */
  function shardKey(term: string): string {
    const key = Array.from(term).slice(0, 3).join('')
    return /^[a-z0-9]+$/.test(key) ? key : `_${Array.from(key, (c) => c.codePointAt(0)!.toString(16)).join('-')}`
  }

  /**
   * A posting's score for a term on a page, from the term's weighted count on the page (a heading's word weighs
   * more, as in Pagefind: h1 7 … h6 2, data-pagefind-weight) saturated as in BM25 so that repeating a word does
   * not win, plus the boost of the `sinonimi` metadata. Page length does not count: a long service page is not
   * penalised. Stored ×100 as an integer.
   */
  function postingScore(weight: number, inMeta: boolean): number {
    return Math.round(100 * ((weight * (saturation + 1)) / (weight + saturation) + (inMeta ? metaBoost : 0)))
  }

  /** How rare a term is over the site (BM25's idf): a word on every page counts for little. */
  function idf(pages: number, pagesWithTerm: number): number {
    return Math.log(1 + (pages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5))
  }

  type Manifest = { v: number; pages: number; blocks: number; blockSize: number; next: number; perFile: number }
  type Shard = Record<string, number[]>
  type Fragment = { u: string; t: string; x: string }
  type Loader = (path: string) => Promise<unknown>
  type Hit = { id: number; score: number }

  /**
   * The searcher: `load` reads a JSON file of the index by its path under the index folder and answers null when it
   * does not exist (in the browser, fetch; in tests, the file system).
   */
  function createSearch(load: Loader) {
    let manifest: Promise<Manifest | null> | null = null
    const shards = new Map<string, Promise<Shard[]>>()

    function shardsOf(key: string): Promise<Shard[]> {
      let found = shards.get(key)
      if (!found) {
        found = (manifest ??= load('indice.json') as Promise<Manifest | null>).then((m) => {
          if (!m) return []
          return Promise.all(Array.from({ length: m.blocks }, (_, b) => load(`t/${b}/${key}.json`).then((s) => (s ?? {}) as Shard)))
        })
        shards.set(key, found)
      }
      return found
    }

    /**
     * The pages matching every word of the query, best first. A word matches its own term and, with less score,
     * the longer terms it begins (so "ingombr" finds "ingombranti" while typing).
     */
    async function search(query: string): Promise<Hit[]> {
      const wanted = [...new Set(terms(query))]
      const m = await (manifest ??= load('indice.json') as Promise<Manifest | null>)
      if (!m || wanted.length === 0) return []
      let scores: Map<number, number> | null = null
      for (const word of wanted) {
        const blocks = await shardsOf(shardKey(word))
        const best = new Map<number, number>()
        for (const shard of blocks) {
          for (const term in shard) {
            if (!term.startsWith(word)) continue
            const postings = shard[term]!
            const df = documentFrequency(blocks, term)
            const weight = idf(m.pages, df) * (term === word ? 1 : 0.5 * (word.length / term.length))
            for (let i = 0, id = 0; i < postings.length; i += 2) {
              id += postings[i]!
              const s = (weight * postings[i + 1]!) / 100
              if (s > (best.get(id) ?? 0)) best.set(id, s)
            }
          }
        }
        if (scores === null) scores = best
        else {
          const next = new Map<number, number>()
          for (const [id, s] of scores) {
            const more = best.get(id)
            if (more !== undefined) next.set(id, s + more)
          }
          scores = next
        }
        if (scores.size === 0) break
      }
      const hits = [...(scores ?? new Map<number, number>())].map(([id, score]) => ({ id, score: Math.round(score * 1e6) / 1e6 }))
      return hits.sort((a, b) => b.score - a.score || a.id - b.id)
    }

    const fragmentFiles = new Map<number, Promise<Record<string, Fragment> | null>>()

    /** A page's fragment, from the file of its group of perFile ids (each file loaded once). */
    async function page(id: number): Promise<Fragment | null> {
      const m = await (manifest ??= load('indice.json') as Promise<Manifest | null>)
      if (!m) return null
      const n = Math.floor(id / m.perFile)
      let file = fragmentFiles.get(n)
      if (!file) fragmentFiles.set(n, (file = load(`p/${n}.json`) as Promise<Record<string, Fragment> | null>))
      return (await file)?.[id] ?? null
    }

    return { search, page }
  }

  /** Pages holding a term, over all blocks. */
  function documentFrequency(blocks: Shard[], term: string): number {
    let n = 0
    for (const shard of blocks) n += (shard[term]?.length ?? 0) / 2
    return n
  }

  /**
   * The excerpt of a page for a query: about `size` words around the first place the query's words appear, as
   * segments to draw (the matching words marked), never as HTML.
   */
  function excerpt(text: string, query: string, size = 30): { text: string; mark: boolean }[] {
    const wanted = [...new Set(terms(query))]
    const tokens = text.split(/(\s+)/)
    const matches = (token: string) => {
      const t = terms(token)
      return t.length > 0 && t.some((term) => wanted.some((w) => term.startsWith(w)))
    }
    let first = tokens.findIndex((t, i) => i % 2 === 0 && matches(t))
    if (first < 0) first = 0
    const start = Math.max(0, first - Math.floor(size / 3) * 2)
    const end = Math.min(tokens.length, start + size * 2)
    const segments: { text: string; mark: boolean }[] = []
    if (start > 0) segments.push({ text: '… ', mark: false })
    for (let i = start; i < end; i++) {
      const token = tokens[i]!
      const mark = i % 2 === 0 && matches(token)
      const last = segments[segments.length - 1]
      if (last && last.mark === mark && !mark) last.text += token
      else segments.push({ text: token, mark })
    }
    if (end < tokens.length) segments.push({ text: ' …', mark: false })
    return segments
  }

  return { version, fold, stem, words, terms, shardKey, postingScore, idf, createSearch, excerpt }
}

export type SearchEngine = ReturnType<typeof searchEngine>
