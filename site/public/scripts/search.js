// Loads the Pagefind UI on /cerca/ only, and runs the query passed as ?q= (from the search forms).
const element = document.getElementById('search')
const script = document.createElement('script')
script.src = '/pagefind/pagefind-ui.js'
script.onload = () => {
  const ui = new window.PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false })
  const query = new URLSearchParams(location.search).get('q')
  if (query) ui.triggerSearch(query)
  const input = element.querySelector('input')
  if (input) input.setAttribute('aria-label', element.dataset.placeholder)
}
document.head.append(script)
