import type { Payload } from 'payload'

import { citizenToRecipient } from '../notifications/notification'
import type { ReportCategory } from '../payload-types'
import type { Id, Reporter } from './contract'
import { invalid } from './refusal'

/** A trimmed text of 1 … max characters, or null. */
export const textOf = (value: unknown, max: number): string | null => (typeof value === 'string' && value.trim() && value.trim().length <= max ? value.trim() : null)

/** A required text: refused with "Scrivi l’oggetto." when missing, "L’oggetto può avere al massimo 120 caratteri." when too long. */
export function requiredText(value: unknown, max: number, field: string, what: string): string {
  if (typeof value !== 'string' || !value.trim()) invalid(field, `Scrivi ${what}.`)
  const text = value.trim()
  if (text.length > max) invalid(field, `${what.charAt(0).toUpperCase()}${what.slice(1)} può avere al massimo ${max} caratteri.`)
  return text
}

const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[a-z]{2,}$/i

/** An email address as stored (trimmed, lower case), or refused. */
export function emailOf(value: unknown, field = 'email'): string {
  const email = textOf(value, 200)?.toLowerCase()
  if (!email || !emailPattern.test(email)) invalid(field, 'Indica un indirizzo email valido.')
  return email
}

/** The client's idempotency key, or refused. */
export const requestKeyOf = (value: unknown): string => textOf(value, 100) ?? invalid('requestKey', 'Manca la chiave della richiesta: ricarica la pagina e riprova.')

/** Who reports or follows, as stored: name, email and, for SPID/CIE, the citizen. */
export type ReporterRow = { name: string; email: string; citizenId: Id | null; givenName: string }

/**
 * The reporter checked: a guest's name and email, or a logged-in citizen's from their record (the
 * contact email they confirmed, else the identity provider's). A citizen with no email is refused:
 * the news of a report goes by email.
 */
export async function reporterOf(payload: Payload, reporter: Reporter | null | undefined): Promise<ReporterRow> {
  if (reporter?.kind === 'citizen') {
    const citizen = reporter.citizenId != null ? await payload.findByID({ collection: 'citizens', id: reporter.citizenId, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!citizen) invalid('reporter', 'Accedi di nuovo con SPID o CIE e riprova.')
    const { givenName, familyName, email } = citizenToRecipient(citizen)
    if (!email) invalid('email', 'Per ricevere gli aggiornamenti serve un indirizzo email: aggiungilo nella tua area personale e riprova.')
    return { name: `${givenName} ${familyName}`.slice(0, 200), email: emailOf(email), citizenId: citizen.id, givenName }
  }
  if (reporter?.kind !== 'guest') invalid('reporter', 'Indica nome, cognome e indirizzo email.')
  const name = textOf(reporter.name, 200) ?? invalid('name', 'Indica nome e cognome.')
  return { name, email: emailOf(reporter.email), citizenId: null, givenName: name.split(' ')[0] ?? name }
}

/** The active category with this slug, or refused. */
export async function activeCategory(payload: Payload, slug: unknown): Promise<ReportCategory> {
  const value = textOf(slug, 80)
  const found = value ? await payload.find({ collection: 'report-categories', where: { and: [{ slug: { equals: value } }, { active: { equals: true } }] }, limit: 1, depth: 0, overrideAccess: true }) : null
  return found?.docs[0] ?? invalid('categorySlug', 'Scegli una categoria tra quelle dell’elenco.')
}
