// Header login state on static pages: when the companion cookie says a citizen is logged in, ask the
// API who it is and show the name instead of "Accedi". Visitors without it make no request at all.
const slot = document.getElementById('sportello-login')
if (slot && document.cookie.split('; ').includes('sportello_connesso=1')) {
  fetch('/api/session', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : null))
    .then((session) => {
      const link = slot.querySelector('a')
      if (!session?.authenticated || !link) return
      for (const label of link.querySelectorAll('span:not(.rounded-icon)')) label.textContent = session.name
      link.setAttribute('data-logged-in', '')
      link.setAttribute('title', 'Vai alla tua area personale')
    })
    .catch(() => {})
}
