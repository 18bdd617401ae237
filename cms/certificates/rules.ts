// Who may ask a certificate for whom, and what it costs: pure rules, the office's settings given.
import type { RegistryFamily, RegistryPerson } from '../registry/registry'
import type { CertificateUse } from './vocabulary'

/** A request the rules refuse; the message is Italian and safe to show (the API answers 422). */
export class CertificateRefused extends Error {
  override name = 'CertificateRefused'
}

/** The office's settings the amounts come from (the certificate-settings global), never constants in code. */
export type CertificatePricing = {
  bolloCents: number
  dirittiBolloCents: number
  dirittiEsenteCents: number
  exemptions?: { id?: string | null; label: string; legalReference: string; active?: boolean | null }[] | null
}

/** Whom a certificate is about, seen from the citizen who asks. */
export type CertificateSubject = { person: RegistryPerson; relation: 'titolare' | 'familiare' }

/**
 * The person a citizen may ask a certificate for: themself, or a member of their own registry
 * family — never anyone else, and never a deceased person (their certificates are not issued online).
 * `family` is the requester's family as the registry answered it.
 */
export function subjectOf(requesterFiscalCode: string, family: RegistryFamily, subjectFiscalCode: string): CertificateSubject {
  const requester = family.members.find((m) => m.fiscalCode === requesterFiscalCode)
  if (!requester) throw new CertificateRefused('L’anagrafe non ti risulta tra i componenti di questa famiglia: rivolgiti all’Ufficio anagrafe.')
  const person = family.members.find((m) => m.fiscalCode === subjectFiscalCode)
  if (!person) throw new CertificateRefused('Puoi chiedere certificati solo per te o per i componenti della tua famiglia anagrafica.')
  if (!person.alive) throw new CertificateRefused('L’anagrafe registra il decesso di questa persona: il certificato non si rilascia online, rivolgiti all’Ufficio di stato civile.')
  return { person, relation: person.fiscalCode === requesterFiscalCode ? 'titolare' : 'familiare' }
}

/** The people of the request form: the citizen first, then the living members of their family. */
export function peopleOf(requesterFiscalCode: string, family: RegistryFamily): CertificateSubject[] {
  const living = family.members.filter((m) => m.alive)
  const self = living.filter((m) => m.fiscalCode === requesterFiscalCode)
  const others = living.filter((m) => m.fiscalCode !== requesterFiscalCode)
  return [...self.map((person) => ({ person, relation: 'titolare' as const })), ...others.map((person) => ({ person, relation: 'familiare' as const }))]
}

/** The exempt uses a citizen may choose now: the office's active ones. */
export function activeExemptions(pricing: CertificatePricing): { id: string; label: string; legalReference: string }[] {
  return (pricing.exemptions ?? []).filter((e) => e.active !== false && e.id).map((e) => ({ id: e.id!, label: e.label, legalReference: e.legalReference }))
}

/** What a certificate costs and under which exemption, from the use declared. */
export type CertificatePrice = {
  bolloCents: number
  dirittiCents: number
  exemption: { label: string; legalReference: string } | null
}

/**
 * The amount of a certificate: with bollo, the marca da bollo and the diritti of the office; exempt,
 * an active exemption of the office's list and the diritti for exempt certificates (0: issued at once).
 */
export function priceOf(pricing: CertificatePricing, use: CertificateUse, exemptionId?: string | null): CertificatePrice {
  if (use === 'bollo') return { bolloCents: pricing.bolloCents, dirittiCents: pricing.dirittiBolloCents, exemption: null }
  if (!exemptionId) throw new CertificateRefused('Scegli l’uso per cui chiedi l’esenzione dall’imposta di bollo.')
  const exemption = activeExemptions(pricing).find((e) => e.id === exemptionId)
  if (!exemption) throw new CertificateRefused('L’esenzione scelta non è (più) tra quelle previste dall’ufficio: scegline un’altra o paga il bollo.')
  return { bolloCents: 0, dirittiCents: pricing.dirittiEsenteCents, exemption: { label: exemption.label, legalReference: exemption.legalReference } }
}

/** The total to pay through pagoPA before the certificate is issued (0: issued at once). */
export const amountDue = (price: Pick<CertificatePrice, 'bolloCents' | 'dirittiCents'>): number => price.bolloCents + price.dirittiCents
