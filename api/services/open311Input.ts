import { z } from 'zod'

import type { NewReport, ReportFilter } from '../../cms/reports/contract'
import type { ReportStatus } from '../../cms/reports/vocabulary'
import type { open311Schemas } from '../contract/open311'
import { ApiError } from '../errors'

/** GET requests' arguments and POST requests' form, as validated by the route. */
export type Open311Query = z.output<typeof open311Schemas.requestsQuery>
export type Open311Form = z.output<typeof open311Schemas.postRequest>

const ninetyDays = 90 * 86_400_000
const byOpen311Status: Record<string, ReportStatus[]> = { open: ['ricevuta', 'in-lavorazione'], closed: ['risolta', 'chiusa'] }
const commaList = (value: string | undefined) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean)
const refuse = (message: string): never => {
  throw new ApiError('bad_request', message)
}

/**
 * GET requests' arguments as a filter: service_request_id overrides the others; otherwise a span of at
 * most 90 days (the last 90 when no date is given), service codes and open/closed. Null: nothing can match.
 */
export function open311RequestsFilter(query: Open311Query, now: Date): ReportFilter | null {
  const codes = commaList(query.service_request_id)
  if (codes.length) return codes.length > 200 ? refuse('Al massimo 200 service_request_id per richiesta.') : { codes }
  const statuses = commaList(query.status).flatMap((s) => byOpen311Status[s] ?? refuse(`status «${s}» non valido: usa open o closed.`))
  const categories = commaList(query.service_code)
  const from = query.start_date ? new Date(query.start_date) : null
  const to = query.end_date ? new Date(query.end_date) : from ? new Date(from.getTime() + ninetyDays) : now
  const start = from ?? new Date(to.getTime() - ninetyDays)
  if (start > to) refuse('start_date viene dopo end_date.')
  if (to.getTime() - start.getTime() > ninetyDays) refuse('Tra start_date e end_date possono passare al massimo 90 giorni.')
  return { from: start, to, ...(statuses.length ? { statuses } : {}), ...(categories.length ? { categories } : {}) }
}

/** POST requests' form as a new guest report (channel open311): the email is required, its link publishes the report. */
export function open311Report(form: Open311Form): Omit<NewReport, 'requestKey'> {
  const email = z.email().safeParse(form.email.trim())
  if (!email.success) refuse('Indica un indirizzo email valido (email): serve a confermare la segnalazione prima di pubblicarla.')
  const hasPoint = form.lat !== undefined && form.long !== undefined
  if (!hasPoint && !form.address_string?.trim()) refuse('Indica il luogo: lat e long, oppure address_string con una via dello stradario del Comune.')
  const description = (form.description ?? '').trim()
  const firstLine = description.split('\n')[0]!.trim()
  return {
    categorySlug: form.service_code,
    title: firstLine ? firstLine.slice(0, 80) : 'Segnalazione inviata con Open311',
    description,
    place: hasPoint ? { latitude: form.lat, longitude: form.long, source: 'mappa' } : { street: form.address_string!.trim(), source: 'indirizzo' },
    photos: [],
    usePhotoLocation: false,
    reporter: { kind: 'guest', name: [form.first_name, form.last_name].map((n) => n?.trim()).filter(Boolean).join(' ') || email.data!, email: email.data! },
    channel: 'open311',
  }
}
