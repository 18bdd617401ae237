// "Carica altri eventi": the link to the next page of the events list fetches that page and appends its cards here,
// so the citizen keeps their place. Without this script the link simply opens the next page.

for (const root of document.querySelectorAll<HTMLElement>('[data-event-list-root]')) enhance(root)

function enhance(root: HTMLElement): void {
  const list = root.querySelector<HTMLUListElement>('[data-event-list]')
  const status = root.querySelector<HTMLElement>('[data-event-list-status]')
  const more = root.querySelector<HTMLAnchorElement>('[data-element="load-other-cards"]')
  if (!list || !status || !more) return
  more.addEventListener('click', (event) => {
    event.preventDefault()
    if (more.getAttribute('aria-busy') === 'true') return
    more.setAttribute('aria-busy', 'true')
    void loadNext(more.href)
      .then((next) => {
        const items = next.querySelectorAll<HTMLLIElement>('[data-event-list] > li')
        const added = Array.from(items, (li) => document.importNode(li, true))
        list.append(...added)
        // The numbered pages no longer match a list that grows in place.
        root.querySelector<HTMLElement>('[data-event-list-pages]')?.setAttribute('hidden', '')
        status.textContent = (status.dataset.loaded ?? '{n}').replace('{n}', String(items.length))
        const nextHref = next.querySelector<HTMLAnchorElement>('[data-element="load-other-cards"]')?.getAttribute('href')
        if (nextHref) more.href = new URL(nextHref, more.href).href
        else more.closest('p')?.remove()
        added[0]?.querySelector('a')?.focus()
      })
      // A failed fetch leaves the plain link: following it opens the next page.
      .catch(() => (window.location.href = more.href))
      .finally(() => more.removeAttribute('aria-busy'))
  })
}

async function loadNext(url: string): Promise<Document> {
  const response = await fetch(url, { credentials: 'same-origin' })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return new DOMParser().parseFromString(await response.text(), 'text/html')
}
