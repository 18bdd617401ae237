// Loads the Pagefind UI on /cerca/ only, and runs the query passed as ?q= (from the search forms).
// The ranking puts services first for their names and synonyms (see below).
const element = document.getElementById('search')
const script = document.createElement('script')
script.src = '/pagefind/pagefind-ui.js'
script.onload = () => {
  const ui = new window.PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    // Services first for their own names and the synonyms editors keep: a service page carries them as its
    // `sinonimi` metadata (site/components/SearchSynonyms.astro), weighed here far above any other field; and
    // a page is not penalised for being long (termFrequency 0), as service pages are.
    ranking: { termFrequency: 0, metaWeights: { sinonimi: 10 } },
  })
  const query = new URLSearchParams(location.search).get('q')
  if (query) ui.triggerSearch(query)
  const input = element.querySelector('input')
  if (input) input.setAttribute('aria-label', element.dataset.placeholder)
}
document.head.append(script)
