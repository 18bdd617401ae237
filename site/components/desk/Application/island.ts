// "Presenta la domanda" (/area-personale/domanda/?servizio=<slug> or ?pratica=<id>): finds or creates
// the citizen's draft for the service, loads the service's form and hands both to the wizard.
import { api, call } from '../../../islands/kit/api'
import { byId } from '../../../islands/kit/dom'
import { dateTimeToItalian, fill } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { practiceStrings as p } from '../../../islands/practice/strings'
import type { Practice } from '../../../islands/practice/types'
import { returnHereAfterLogin, showDeskLogin } from '../DeskLogin/island'
import { ids } from './ids'
import { strings as t } from './strings'
import { runWizard } from './wizard'

void start()

async function start(): Promise<void> {
  // After logging in, come back here with the same query.
  returnHereAfterLogin()
  if (!isLoggedIn()) return
  showDeskLogin(false)
  const query = new URLSearchParams(location.search)
  const slug = query.get('servizio')
  const id = Number(query.get('pratica'))
  if (!slug && !(Number.isInteger(id) && id > 0)) return void problem(t.noService, '/servizi/', p.catalogue)
  byId(ids.loading).hidden = false
  const practice = slug ? await draftFor(slug) : await load(id)
  byId(ids.loading).hidden = true
  if (practice) await open(practice)
}

/** The draft to work on for a service: an existing one if the citizen chooses it, else a new one. */
async function draftFor(slug: string): Promise<Practice | null> {
  const list = await call(api.GET('/api/me/pratiche'))
  if (list.status === 401) return loggedOut()
  const draft = list.ok ? list.body.practices.find((d) => d.status === 'bozza' && d.service.slug === slug) : undefined
  if (draft) {
    byId(ids.loading).hidden = true
    byId(ids.existingText).textContent = fill(t.existingText, { date: dateTimeToItalian(new Date(draft.updatedAt)) })
    byId<HTMLAnchorElement>(ids.existingContinue).href = `?pratica=${draft.id}`
    byId(ids.existing).hidden = false
    await new Promise((resolve) => byId(ids.existingNew).addEventListener('click', resolve, { once: true }))
    byId(ids.existing).hidden = true
    byId(ids.loading).hidden = false
  }
  const created = await call(api.POST('/api/me/pratiche', { body: { service: slug } }))
  if (created.status === 401) return loggedOut()
  if (!created.ok) {
    if (created.status === 404 || created.status === 422) return problem(created.message ?? t.notOnline, `/servizi/${encodeURIComponent(slug)}/`, t.toService)
    return problem(created.message ?? p.loadError)
  }
  // A reload must continue this draft, not start another one.
  history.replaceState(null, '', `?pratica=${created.body.id}`)
  return created.body
}

async function load(id: number): Promise<Practice | null> {
  const result = await call(api.GET('/api/me/pratiche/{id}', { params: { path: { id } } }))
  if (result.status === 401) return loggedOut()
  if (result.status === 404) return problem(p.notFound, '/area-personale/', t.toDesk)
  if (!result.ok) return problem(result.message ?? p.loadError)
  if (result.body.status !== 'bozza') return problem(t.alreadySent, `/area-personale/pratica/?id=${id}`, p.toDetail)
  return result.body
}

async function open(practice: Practice): Promise<void> {
  const module = await call(api.GET('/api/servizi/{slug}/modulo', { params: { path: { slug: practice.service.slug } } }))
  if (module.status === 404) return void problem(t.notOnline, `/servizi/${encodeURIComponent(practice.service.slug)}/`, t.toService)
  if (!module.ok) return void problem(module.message ?? p.loadError)
  runWizard(practice, module.body, () => {
    problem(p.sessionExpired)
    showDeskLogin(true)
  })
}

/** The session is gone: show the login again. */
function loggedOut(): null {
  showDeskLogin(true)
  return null
}

/** Says what went wrong, with a way forward when there is one. */
function problem(message: string, href?: string, linkText?: string): null {
  showDeskLogin(false)
  byId(ids.problemText).textContent = message
  const link = byId<HTMLAnchorElement>(ids.problemLink)
  link.hidden = !href
  if (href) {
    link.href = href
    link.textContent = linkText ?? href
  }
  byId(ids.problem).hidden = false
  byId(ids.problem).focus()
  return null
}
