/**
 * What the search keeps of a built page, read from its HTML with the Pagefind attributes the site already writes
 * (so the templates need not change): only what is inside `data-pagefind-body`, minus `data-pagefind-ignore`
 * subtrees; headings weigh as in Pagefind (h1 7, h2 6 … h6 2), `data-pagefind-weight` sets a subtree's weight, and
 * `data-pagefind-meta="name"` keeps the element's text as metadata (the services' `sinonimi`). A page without a
 * search body is not indexed. The HTML is the site's own, well formed: a tag scanner is enough, and it starts at
 * the body, skipping the header and menus that make most of a page's bytes.
 */

export type ExtractedPage = {
  url: string
  title: string
  /**
   * The page's words as read, for excerpts: the runs joined by spaces, so that its terms are exactly the runs'
   * (the index finds which term files hold a page from this text alone).
   */
  text: string
  /** Text runs with the weight of the element they sit in. */
  runs: { text: string; weight: number }[]
  meta: Record<string, string>
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
/** Elements whose content is never text to search. */
const skippedElements = new Set(['script', 'style', 'template', 'svg', 'noscript', 'iframe', 'object'])
const headingWeights: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 }

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', ndash: '–', mdash: '—', euro: '€', laquo: '«', raquo: '»', egrave: 'è', eacute: 'é', agrave: 'à', ograve: 'ò', ugrave: 'ù', igrave: 'ì' }

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole
    }
    return entities[name.toLowerCase()] ?? whole
  })
}

/** The page's URL from its file path relative to the site folder: 'a/b/index.html' → '/a/b/'. */
export function fileToUrl(file: string): string {
  const posix = file.split('\\').join('/')
  return `/${posix.endsWith('index.html') ? posix.slice(0, -'index.html'.length) : posix}`
}

/** The text of a document's <title>, or ''. */
export function titleOf(html: string): string {
  return decodeEntities(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '').replace(/\s+/g, ' ').trim()
}

type Open = { name: string; weight: number; ignored: boolean; skipped: boolean; meta: string | null; metaText: string[] | null; heading: boolean }

const attribute = (attrs: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs)
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null
}

/** The search record of one built page, or null when the page has no search body. */
export function extractPage(html: string, file: string): ExtractedPage | null {
  const marker = html.indexOf('data-pagefind-body')
  if (marker < 0) return null
  const bodyStart = html.lastIndexOf('<', marker)
  const runs: { text: string; weight: number }[] = []
  const meta: Record<string, string> = {}
  let title = ''
  let titleParts: string[] | null = null
  const stack: Open[] = []
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g
  tag.lastIndex = bodyStart
  let last = bodyStart
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const top = stack[stack.length - 1]
    if (top && m.index > last && !top.ignored && !top.skipped) {
      const text = decodeEntities(html.slice(last, m.index))
      if (text.trim()) {
        runs.push({ text, weight: top.weight })
        titleParts?.push(text)
        for (const open of stack) open.metaText?.push(text)
      }
    }
    last = tag.lastIndex
    if (m[0].startsWith('<!--')) continue
    const name = m[2]!.toLowerCase()
    if (m[1]) {
      // A closing tag: close up to its element (tolerating a missing end tag inside).
      let i = stack.length - 1
      while (i >= 0 && stack[i]!.name !== name) i--
      if (i < 0) continue
      while (stack.length > i) {
        const closed = stack.pop()!
        if (closed.meta && closed.metaText) meta[closed.meta] = closed.metaText.join('').replace(/\s+/g, ' ').trim()
        if (closed.heading && titleParts && closed.name === 'h1') {
          title = titleParts.join('').replace(/\s+/g, ' ').trim()
          titleParts = null
        }
      }
      if (stack.length === 0) break
      continue
    }
    if (voidElements.has(name) || m[3]!.endsWith('/')) continue
    const attrs = m[3]!
    const parent = stack[stack.length - 1]
    const explicitWeight = attrs.includes('data-pagefind-weight') ? Number(attribute(attrs, 'data-pagefind-weight')) : NaN
    const metaAttr = attrs.includes('data-pagefind-meta') ? attribute(attrs, 'data-pagefind-meta') : null
    const metaName = metaAttr && !metaAttr.includes(':') && !metaAttr.includes('[') ? metaAttr.trim() : null
    if (metaAttr && metaAttr.includes(':') && !metaAttr.includes('[')) {
      const colon = metaAttr.indexOf(':')
      meta[metaAttr.slice(0, colon).trim()] = metaAttr.slice(colon + 1).trim()
    }
    const heading = name in headingWeights
    const open: Open = {
      name,
      weight: Number.isFinite(explicitWeight) ? explicitWeight : heading ? headingWeights[name]! : (parent?.weight ?? 1),
      ignored: (parent?.ignored ?? false) || attrs.includes('data-pagefind-ignore'),
      skipped: (parent?.skipped ?? false) || skippedElements.has(name),
      meta: metaName,
      metaText: metaName ? [] : null,
      heading,
    }
    if (name === 'h1' && !title && !open.ignored && !open.skipped && !titleParts) titleParts = []
    stack.push(open)
  }
  if (!title) title = titleOf(html)
  return { url: fileToUrl(file), title, text: runs.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim(), runs, meta }
}
