// The desk island: shows the citizen's desk when a session exists, fills "I miei dati" from
// /api/me, saves contacts with PATCH /api/me/contacts and runs the ARIA tabs.
import { setupTabs } from './tabs'

type Profile = {
  fiscalCode: string; givenName: string; familyName: string; birthDate: string | null; birthPlace: string | null
  certified: { email: string | null; phone: string | null }
  contacts: Record<'email' | 'phone' | 'address' | 'postalCode' | 'city' | 'preferredChannel', string | null>
  pendingEmail: string | null
}
type ApiErrorBody = { error?: { message?: string; fields?: { field: string; message: string }[] } }

const root = document.querySelector<HTMLElement>('[data-desk]')
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const show = (id: string, visible: boolean) => void ($(id).hidden = !visible)

if (root) void start(root)

async function start(desk: HTMLElement): Promise<void> {
  const outcomes = JSON.parse(desk.dataset.outcomes ?? '{}') as Record<string, string>
  const query = new URLSearchParams(location.search)
  const outcome = outcomes[query.get('accesso') ?? ''] ?? outcomes[query.get('email') ?? '']
  if (outcome) {
    $('desk-outcome').textContent = outcome
    show('desk-outcome', true)
  }
  // The session cookie is HttpOnly; this companion cookie only says "someone is logged in".
  if (!document.cookie.split('; ').includes('sportello_connesso=1')) return
  show('desk-loading', true)
  const response = await fetch('/api/me', { credentials: 'same-origin', headers: { accept: 'application/json' } })
  show('desk-loading', false)
  if (!response.ok) return
  show('desk-login', false)
  show('desk-main', true)
  render(desk, (await response.json()) as Profile)
  setupTabs(desk.querySelector<HTMLElement>('[data-desk-tabs]')!)
  $<HTMLFormElement>('contacts-form').addEventListener('submit', (event) => void save(desk, event))
}

function render(desk: HTMLElement, p: Profile): void {
  $('desk-greeting').textContent = (desk.dataset.greetingTemplate ?? '{name}').replace('{name}', p.givenName)
  const certified: Record<string, string | null> = {
    fiscalCode: p.fiscalCode, givenName: p.givenName, familyName: p.familyName, birthDate: p.birthDate && new Date(p.birthDate).toLocaleDateString('it-IT'),
    birthPlace: p.birthPlace, certifiedEmail: p.certified.email, certifiedPhone: p.certified.phone,
  }
  for (const [key, value] of Object.entries(certified)) {
    const cell = desk.querySelector(`[data-field="${key}"]`)
    if (cell) cell.textContent = value ?? '–'
  }
  const form = $<HTMLFormElement>('contacts-form')
  for (const [name, value] of Object.entries(p.contacts)) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
    if (field) field.value = value ?? ''
  }
  if (p.pendingEmail) status((desk.dataset.pendingTemplate ?? '').replace('{email}', p.pendingEmail))
}

async function save(desk: HTMLElement, event: SubmitEvent): Promise<void> {
  event.preventDefault()
  const form = event.target as HTMLFormElement
  const body = Object.fromEntries(new FormData(form)) as Record<string, string>
  clearErrors(form)
  show('contacts-status', false)
  const response = await fetch('/api/me/contacts', {
    method: 'PATCH', credentials: 'same-origin', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', accept: 'application/json' },
  }).catch(() => null)
  if (response?.ok) {
    const profile = (await response.json()) as Profile
    render(desk, profile)
    if (!profile.pendingEmail) status(desk.dataset.saved ?? '')
    return
  }
  const problem = ((await response?.json().catch(() => ({}))) ?? {}) as ApiErrorBody
  showErrors(form, problem.error?.fields ?? [{ field: '', message: problem.error?.message ?? desk.dataset.genericError ?? '' }])
}

function status(message: string): void {
  $('contacts-status').textContent = message
  show('contacts-status', true)
}

function clearErrors(form: HTMLFormElement): void {
  show('contacts-errors', false)
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid')
  for (const p of form.querySelectorAll<HTMLElement>('.invalid-feedback')) p.hidden = true
}

function showErrors(form: HTMLFormElement, fields: { field: string; message: string }[]): void {
  const list = $('contacts-errors').querySelector('ul')!
  list.replaceChildren(...fields.map(({ field, message }) => {
    const item = document.createElement('li')
    const input = field ? form.querySelector<HTMLElement>(`#contact-${field}`) : null
    if (input) {
      input.setAttribute('aria-invalid', 'true')
      const feedback = $(`contact-${field}-error`)
      feedback.textContent = message
      feedback.hidden = false
      const link = document.createElement('a')
      link.href = `#contact-${field}`
      link.textContent = message
      item.append(link)
    } else {
      item.textContent = message
    }
    return item
  }))
  show('contacts-errors', true)
  $('contacts-errors').focus()
}
