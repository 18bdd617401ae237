import type { Payload } from 'payload'

import type { Calendar } from '../payload-types'

const richText = (text: string) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }] }] } })

/** Monday to Friday 09:00–12:00 (and Tuesday 15:00–17:00): the test calendars' week. */
export const weekdayHours = [
  ...['1', '2', '3', '4', '5'].map((weekday) => ({ weekday, from: '09:00', to: '12:00' })),
  { weekday: '2', from: '15:00', to: '17:00' },
] as { weekday: Calendar['hours'] extends (infer H)[] | null | undefined ? H extends { weekday: infer W } ? W : never : never; from: string; to: string }[]

/**
 * An office, a service it delivers in person and a calendar serving it (tests and the bench).
 * `calendar` overrides the calendar's settings; the suffix keeps slugs unique.
 */
export async function createAppointmentFixtures(payload: Payload, suffix: string, calendar: Partial<Omit<Calendar, 'id' | 'office' | 'services' | 'createdAt' | 'updatedAt'>> = {}) {
  const office = await payload.create({ collection: 'offices', data: { title: `Ufficio Anagrafe ${suffix}`, slug: `anagrafe-${suffix}`, type: 'ufficio', summary: 'Ufficio di prova', address: 'Piazza Matteotti 1, Brindisi', _status: 'published' } as never, overrideAccess: true })
  const service = await payload.create({
    collection: 'services',
    data: {
      title: `Carta d’identità ${suffix}`, slug: `carta-identita-${suffix}`, summary: 'Servizio di prova', category: 'anagrafe-e-stato-civile',
      audience: richText('Tutti'), howTo: richText('Allo sportello'), needed: richText('Documento e fototessera'), output: richText('La carta'), times: richText('Subito'),
      office: office.id, channels: { online: false, inPerson: true }, _status: 'published',
    } as never,
    overrideAccess: true,
  })
  const created = await payload.create({
    collection: 'calendars',
    data: { name: `Sportello anagrafe ${suffix}`, office: office.id, services: [service.id], active: true, slotMinutes: 20, desks: 1, horizonDays: 60, cutoffHours: 24, maxPerCitizen: 2, hours: weekdayHours, closures: [], ...calendar },
    overrideAccess: true,
  })
  return { office, service, calendar: created }
}

/** A citizen as SPID/CIE would register one. */
export async function createCitizen(payload: Payload, fiscalCode: string, givenName = 'Maria', familyName = 'Rossi') {
  return payload.create({ collection: 'citizens', data: { fiscalCode, givenName, familyName } as never, overrideAccess: true })
}
