// "Presenta la domanda" (/area-personale/domanda/?servizio=<slug> or ?pratica=<id>): finds or creates
// the citizen's draft for the service, loads the service's form and hands both to the wizard.
import type { UiStrings } from '../i18n'
import { dateTimeToItalian } from '../lib/dateToItalian'
import { api, fill, isLoggedIn, stringsOf } from './practice/api'
import type { Practice, PracticeSummary, ServiceModule } from './practice/types'
import { runWizard } from './practice/wizard'

type Strings = UiStrings['practices']
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const root = document.querySelector<HTMLElement>('[data-application]')

if (root) void start(stringsOf<Strings>(root))

async function start(t: Strings): Promise<void> {
  // After logging in, come back here with the same query.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-login]')) {
    const url = new URL(link.href)
    url.searchParams.set('ritorno', location.pathname + location.search)
    link.href = url.href
  }
  if (!isLoggedIn()) return
  $('desk-login').hidden = true
  const query = new URLSearchParams(location.search)
  const slug = query.get('servizio')
  const id = Number(query.get('pratica'))
  if (!slug && !(Number.isInteger(id) && id > 0)) return void problem(t.noService, '/servizi/', t.catalogue)
  $('app-loading').hidden = false
  const practice = slug ? await draftFor(slug, t) : await load(id, t)
  $('app-loading').hidden = true
  if (practice) await open(practice, t)
}

/** The draft to work on for a service: an existing one if the citizen chooses it, else a new one. */
async function draftFor(slug: string, t: Strings): Promise<Practice | null> {
  const list = await api<{ practices: PracticeSummary[] }>('/api/me/pratiche')
  if (list.status === 401) return loggedOut()
  const draft = list.body?.practices.find((p) => p.status === 'bozza' && p.service.slug === slug)
  if (draft) {
    $('app-loading').hidden = true
    $('app-existing-text').textContent = fill(t.existingText, { date: dateTimeToItalian(new Date(draft.updatedAt)) })
    $<HTMLAnchorElement>('app-existing-continue').href = `?pratica=${draft.id}`
    $('app-existing').hidden = false
    await new Promise((resolve) => $('app-existing-new').addEventListener('click', resolve, { once: true }))
    $('app-existing').hidden = true
    $('app-loading').hidden = false
  }
  const created = await api<Practice>('/api/me/pratiche', { method: 'POST', json: { service: slug } })
  if (created.status === 401) return loggedOut()
  if (created.status === 404 || created.status === 422) return problem(created.message ?? t.notOnline, `/servizi/${encodeURIComponent(slug)}/`, t.toService)
  if (!created.ok || !created.body) return problem(created.message ?? t.loadError)
  // A reload must continue this draft, not start another one.
  history.replaceState(null, '', `?pratica=${created.body.id}`)
  return created.body
}

async function load(id: number, t: Strings): Promise<Practice | null> {
  const result = await api<Practice>(`/api/me/pratiche/${id}`)
  if (result.status === 401) return loggedOut()
  if (result.status === 404) return problem(t.notFound, '/area-personale/', t.toDesk)
  if (!result.ok || !result.body) return problem(result.message ?? t.loadError)
  if (result.body.status !== 'bozza') return problem(t.alreadySent, `/area-personale/pratica/?id=${id}`, t.toDetail)
  return result.body
}

async function open(practice: Practice, t: Strings): Promise<void> {
  const module = await api<ServiceModule>(`/api/servizi/${encodeURIComponent(practice.service.slug)}/modulo`)
  if (module.status === 404) return void problem(t.notOnline, `/servizi/${encodeURIComponent(practice.service.slug)}/`, t.toService)
  if (!module.ok || !module.body) return void problem(module.message ?? t.loadError)
  runWizard(practice, module.body, t, () => {
    problem(t.sessionExpired)
    $('desk-login').hidden = false
  })
}

/** The session is gone: show the login again. */
function loggedOut(): null {
  $('desk-login').hidden = false
  return null
}

/** Says what went wrong, with a way forward when there is one. */
function problem(message: string, href?: string, linkText?: string): null {
  $('desk-login').hidden = true
  $('app-problem-text').textContent = message
  const link = $<HTMLAnchorElement>('app-problem-link')
  link.hidden = !href
  if (href) {
    link.href = href
    link.textContent = linkText ?? href
  }
  $('app-problem').hidden = false
  $('app-problem').focus()
  return null
}
