/** ARIA tabs (WAI-ARIA Authoring Practices): click or arrow keys select a tab and show its panel. */
export function setupTabs(tablist: HTMLElement): void {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')]
  const select = (tab: HTMLButtonElement) => {
    for (const other of tabs) {
      const selected = other === tab
      other.setAttribute('aria-selected', String(selected))
      other.classList.toggle('active', selected)
      other.tabIndex = selected ? 0 : -1
      document.getElementById(other.getAttribute('aria-controls')!)!.hidden = !selected
    }
    tab.focus()
  }
  for (const [index, tab] of tabs.entries()) {
    tab.addEventListener('click', () => select(tab))
    tab.addEventListener('keydown', (event) => {
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key]
      if (next === undefined) return
      event.preventDefault()
      select(tabs[(next + tabs.length) % tabs.length]!)
    })
  }
}
