// The public side of reports: a report's page and its "Segui" form, the email links (confirm the
// report, confirm or stop following) and the public list with its filters.
import { publicReportStatuses, type ReportStatus } from '../../../cms/reports/vocabulary'
import type { Id, ReportFilter, Reporter } from '../../../cms/reports/contract'
import { citizenView, emailPattern, messages, type FlowOutcome, type ReportFlowDeps } from './flow'
import { refusalOf } from './ports'
import type { ListQuery, ReportPageView } from './view'

export const pageMessages = {
  notFoundTitle: 'Segnalazione non trovata',
  notFound: 'La segnalazione non esiste, non è ancora pubblica oppure il link non è più valido.',
  linkTitle: 'Link non valido',
  link: 'Il link non è valido o è scaduto. Se hai già confermato, la segnalazione è già pubblicata.',
  nome: 'Scrivi il tuo nome.',
  email: 'Scrivi il tuo indirizzo email: ti manderemo gli aggiornamenti.',
  emailInvalid: messages.emailInvalid,
}

const codePattern = /^[A-Z]{2,5}-\d{4}-[A-Z0-9]{1,12}$/
const notFound = (): FlowOutcome => ({ status: 404, view: { kind: 'errore', title: pageMessages.notFoundTitle, message: pageMessages.notFound } })
const badLink = (): FlowOutcome => ({ status: 404, view: { kind: 'errore', title: pageMessages.linkTitle, message: pageMessages.link } })

/** A report's public page; 404 for a code that is not public (unconfirmed, unknown, malformed). */
export async function reportScreen(deps: ReportFlowDeps, input: { code: string; citizenId: Id | null; followed?: 'fatto' | 'email' }): Promise<FlowOutcome> {
  if (!codePattern.test(input.code)) return notFound()
  const report = await deps.store.report(input.code)
  if (!report) return notFound()
  const citizen = await citizenView(deps.store, input.citizenId)
  return { status: 200, view: { kind: 'scheda', report, citizen, errors: {}, followed: input.followed, state: {} } }
}

/** "Segui questa segnalazione": one click for a logged-in citizen, name and email (then a confirming link) for a guest. */
export async function followScreen(deps: ReportFlowDeps, input: { code: string; citizenId: Id | null; nome?: string; email?: string }): Promise<FlowOutcome> {
  const page = await reportScreen(deps, { code: input.code, citizenId: input.citizenId })
  if (page.view.kind !== 'scheda') return page
  const view = page.view
  const state = { nome: input.nome?.trim().slice(0, 100), email: input.email?.trim().slice(0, 200) }
  let reporter: Reporter
  if (input.citizenId != null) reporter = { kind: 'citizen', citizenId: input.citizenId }
  else {
    const errors = {
      ...(state.nome ? {} : { nome: pageMessages.nome }),
      ...(!state.email ? { email: pageMessages.email } : emailPattern.test(state.email) ? {} : { email: pageMessages.emailInvalid }),
    }
    if (Object.keys(errors).length > 0) return { status: 400, view: { ...view, errors, state } }
    reporter = { kind: 'guest', name: state.nome!, email: state.email! }
  }
  try {
    const { pendingEmail } = await deps.store.follow(view.report.code, reporter)
    return { status: 200, view: { ...view, followed: pendingEmail ? 'email' : 'fatto', state } }
  } catch (error) {
    const refusal = refusalOf(error)
    if (!refusal) throw error
    if (refusal.code === 'not-found') return notFound()
    return { status: 409, view: { ...view, errors: { segui: refusal.message }, state } }
  }
}

/** The link of the reporter's email: the report is published (idempotent). */
export async function confirmReportScreen(deps: ReportFlowDeps, token: string): Promise<FlowOutcome> {
  const confirmed = token ? await deps.store.confirmEmail(token) : null
  return confirmed ? { status: 200, view: { kind: 'pubblicata', code: confirmed.code } } : badLink()
}

/** The links of the follower's emails: confirm following, or stop. */
export async function followLinkScreen(deps: ReportFlowDeps, token: string, action: 'segui' | 'non-seguire'): Promise<FlowOutcome> {
  if (!token) return badLink()
  const done = action === 'segui' ? await deps.store.confirmFollow(token) : await deps.store.unfollow(token)
  return done ? { status: 200, view: { kind: 'seguita', code: done.code, outcome: action === 'segui' ? 'confermata' : 'rimossa' } } : badLink()
}

export const pageSize = 20

/** The filters of the list, as far as they are valid (an unknown value is ignored, never an error). */
export function listQueryOf(query: Record<string, string | undefined>, categories: string[], areas: string[]): ListQuery {
  const page = Number(query.pagina)
  return {
    categoria: categories.includes(query.categoria ?? '') ? query.categoria : undefined,
    stato: (publicReportStatuses as readonly string[]).includes(query.stato ?? '') ? query.stato : undefined,
    zona: areas.includes(query.zona ?? '') ? query.zona : undefined,
    pagina: Number.isInteger(page) && page > 1 && page < 10_000 ? page : 1,
  }
}

/** The public list: one page of reports with the filters of the GET form. */
export async function listScreen(deps: ReportFlowDeps, raw: Record<string, string | undefined>): Promise<{ status: 200; view: ReportPageView }> {
  const [categories, areas] = await Promise.all([deps.store.categories(), deps.store.areas()])
  const query = listQueryOf(raw, categories.map((c) => c.slug), areas)
  const filter: ReportFilter = {
    ...(query.categoria ? { categories: [query.categoria] } : {}),
    ...(query.stato ? { statuses: [query.stato as ReportStatus] } : {}),
    ...(query.zona ? { area: query.zona } : {}),
  }
  const list = await deps.store.list(filter, query.pagina ?? 1)
  return { status: 200, view: { kind: 'elenco', list, query, categories, areas, statuses: [...publicReportStatuses] } }
}
