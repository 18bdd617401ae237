// The desk's sections as ARIA tabs (WAI-ARIA Authoring Practices): click or arrow keys select a tab
// and show its panel. Each tab is a link to its section's own address (tabs.ts): selecting one
// records that address in the history, and back and forward show the section of the address.
import { deskTabsId } from './ids'
import { strings } from './strings'
import { deskTabAt, type DeskTabId } from './tabs'

export function setupTabs(tablist: HTMLElement): void {
  const tabs = [...tablist.querySelectorAll<HTMLAnchorElement>('[role="tab"]')]
  const show = (tab: HTMLAnchorElement) => {
    for (const other of tabs) {
      const selected = other === tab
      other.setAttribute('aria-selected', String(selected))
      other.classList.toggle('active', selected)
      other.tabIndex = selected ? 0 : -1
      document.getElementById(other.getAttribute('aria-controls')!)!.hidden = !selected
    }
    if (tab.dataset.title) document.title = tab.dataset.title
  }
  const select = (tab: HTMLAnchorElement) => {
    show(tab)
    const path = new URL(tab.href).pathname
    if (location.pathname !== path) history.pushState(null, '', path)
    tab.focus()
  }
  for (const [index, tab] of tabs.entries()) {
    tab.addEventListener('click', (event) => {
      // A new window or tab (ctrl-, shift-, middle-click) opens the section's own address.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return
      event.preventDefault()
      select(tab)
    })
    tab.addEventListener('keydown', (event) => {
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key]
      if (next === undefined) return
      event.preventDefault()
      select(tabs[(next + tabs.length) % tabs.length]!)
    })
  }
  // Back and forward between the desk's addresses show the section of the address, without reloading.
  addEventListener('popstate', () => {
    const id = deskTabAt(location.pathname)
    const tab = id && document.getElementById(`tab-${id}`)
    if (tab) show(tab as HTMLAnchorElement)
  })
}

/**
 * Shows how many items of a section are new next to its name, as text ("Messaggi 2", read as
 * "Messaggi 2 non letti"); nothing when there are none.
 */
export function showUnread(id: DeskTabId, count: number): void {
  const badge = document.getElementById(deskTabsId)?.querySelector<HTMLElement>(`#tab-${id} [data-unread]`)
  if (!badge) return
  badge.hidden = count === 0
  const hidden = (text: string) => Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: text })
  badge.replaceChildren(String(count), hidden(` ${strings.unread(count)}`))
}
