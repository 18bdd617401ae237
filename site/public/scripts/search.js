// The site search on /cerca/: the page's own form (it works as a plain GET form too) searched in the browser
// against the static index under /ricerca/, patched on every publication (cms/publishing/search/). The words and
// ranking come from /ricerca/motore.js, written by the indexer from the code that built the index, so a query is
// folded and stemmed as the pages were. Services come first for their names and synonyms: the index boosts the
// words of a service's `sinonimi` metadata (site/components/SearchSynonyms.astro). No server is asked: only static
// files, loaded as needed — one small file of terms per query word and block, and the shown results' pages.
// A module (it is loaded as one): its names stay its own, not globals shared with the site's other scripts.
export {}

const root = document.getElementById('search')
const form = root.querySelector('form')
const input = form.querySelector('input[type="search"]')
const status = root.querySelector('.search-status')
const list = root.querySelector('.search-results')
const more = root.querySelector('.search-more')
const text = root.dataset
const pageSize = 10

/** A file of the index, or null when it does not exist (a word no page has). */
async function load(file) {
  const response = await fetch(`/ricerca/${file}`)
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`${file}: ${response.status}`)
  return response.json()
}

const enginePromise = import('/ricerca/motore.js').then(({ engine }) => ({ engine, searcher: engine.createSearch(load) }))
let hits = []
let shown = 0
let query = ''
let run = 0

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''))

function resultItem(engine, page) {
  const item = document.createElement('li')
  item.className = 'search-result mb-4'
  const heading = document.createElement('h2')
  heading.className = 'h5 mb-1'
  const link = document.createElement('a')
  link.className = 'search-result-link'
  link.href = page.u
  link.textContent = page.t || page.u
  heading.append(link)
  const excerpt = document.createElement('p')
  excerpt.className = 'search-result-excerpt mb-0'
  for (const segment of engine.excerpt(page.x, query)) {
    if (segment.mark) {
      const mark = document.createElement('mark')
      mark.textContent = segment.text
      excerpt.append(mark)
    } else excerpt.append(segment.text)
  }
  item.append(heading, excerpt)
  return item
}

/** Shows the next page of results; `focusFirst` moves focus to the first new one (after "more"). */
async function showMore(focusFirst) {
  const mine = run
  const { engine, searcher } = await enginePromise
  const batch = hits.slice(shown, shown + pageSize)
  const pages = await Promise.all(batch.map((hit) => searcher.page(hit.id)))
  if (mine !== run) return
  const items = pages.filter(Boolean).map((page) => resultItem(engine, page))
  list.append(...items)
  shown += batch.length
  more.hidden = shown >= hits.length
  if (focusFirst && items[0]) items[0].querySelector('a').focus()
}

async function search(value) {
  const mine = ++run
  query = value.trim()
  list.replaceChildren()
  more.hidden = true
  hits = []
  shown = 0
  if (!query) {
    status.textContent = ''
    return
  }
  status.textContent = text.loading
  try {
    const { searcher } = await enginePromise
    const found = await searcher.search(query)
    if (mine !== run) return
    hits = found
    status.textContent = hits.length === 0 ? fill(text.none, { q: query }) : fill(hits.length === 1 ? text.one : text.many, { n: hits.length, q: query })
    await showMore(false)
  } catch {
    if (mine === run) status.textContent = text.error
  }
}

let typing = 0
input.addEventListener('input', () => {
  clearTimeout(typing)
  typing = setTimeout(() => {
    history.replaceState(null, '', input.value.trim() ? `?q=${encodeURIComponent(input.value.trim())}` : location.pathname)
    search(input.value)
  }, 250)
})
form.addEventListener('submit', (event) => {
  event.preventDefault()
  clearTimeout(typing)
  history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`)
  search(input.value)
})
more.addEventListener('click', () => showMore(true))

const initial = new URLSearchParams(location.search).get('q')
if (initial) {
  input.value = initial
  search(initial)
}
