// The header's login state on static pages: when a citizen is logged in, asks the API who it is and
// shows the name instead of "Accedi". Visitors who are not logged in make no request at all. Plain
// fetch with the contract's type, not the kit's client: this script runs on every public page.
import type { Schemas } from '../../islands/kit/api'
import { isLoggedIn } from '../../islands/kit/session'
import { headerLoginId } from './ids'

const box = document.getElementById(headerLoginId)
if (box && isLoggedIn()) void showCitizen(box)

async function showCitizen(container: HTMLElement): Promise<void> {
  const response = await fetch('/api/session', { credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => null)
  const session: Schemas['SessionState'] | null = response?.ok ? await response.json().catch(() => null) : null
  const link = container.querySelector('a')
  if (!session?.authenticated || !session.name || !link) return
  for (const label of link.querySelectorAll('span:not(.rounded-icon)')) label.textContent = session.name
  link.setAttribute('data-logged-in', '')
  link.setAttribute('title', container.dataset.loggedInTitle ?? '')
}
