// Mobile menu: turns the site-map link into a button that opens the off-canvas navigation.
const nav = document.getElementById('main-nav')
const open = document.querySelector('[data-menu-open]')
const link = document.querySelector('[data-menu-link]')
if (nav && open && link) {
  const toggle = (on) => {
    nav.classList.toggle('expanded', on)
    open.setAttribute('aria-expanded', String(on))
    ;(on ? nav.querySelector('.menu-wrapper a') : open).focus()
  }
  link.hidden = true
  open.hidden = false
  open.addEventListener('click', () => toggle(true))
  for (const el of nav.querySelectorAll('[data-menu-close]')) el.addEventListener('click', () => toggle(false))
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && nav.classList.contains('expanded')) toggle(false)
  })
}
