import { describe, expect, it } from 'vitest'

import { openDataFile, openDataItems } from '../../../api/contract/openData'
import { schemas } from '../../loaders/schemas'
import { eventToItem, newsToItem, officeToItem, placeToItem, serviceToItem, topicToItem, type ItemContext } from './entryToItem'

// Entries as the loader stores them (through the site's own schemas, defaults included), mapped to feed items and
// checked against the schemas the API documents: what the build writes is what the OpenAPI document promises.

const site = new URL('https://sportello.comune.brindisi.example')
const updatedAt = '2026-03-01T09:00:00.000Z'
const ambiente = { slug: 'ambiente', title: 'Ambiente' }
const image = { filename: 'porto.jpg', alt: 'Il porto', width: 1200, height: 800, variants: [] }

const piazza = { id: 'piazza-vittoria', data: schemas.places.parse({
  title: 'Piazza Vittoria', summary: 'La piazza centrale', updatedAt, type: 'piazza', address: 'Piazza Vittoria, 72100 Brindisi',
  latitude: 40.6383, longitude: 17.9423, openingHours: 'Sempre aperta', contacts: { phone: '0831 229111' }, image, topics: [ambiente],
}) }
const context: ItemContext = { site, places: new Map([[piazza.id, piazza]]) }

const news = { id: 'porto-pulito', data: schemas.news.parse({
  title: 'Porto pulito', summary: 'Giornata di pulizia', updatedAt, topics: [ambiente], kind: 'avviso', bodyHtml: '<p>Vieni anche tu</p>',
  publishedAt: '2026-02-28T10:00:00.000Z', image, places: [{ slug: piazza.id, title: 'Piazza Vittoria' }],
}) }
const event = { id: 'concerto', data: schemas.events.parse({
  title: 'Concerto in piazza', summary: 'Musica dal vivo', updatedAt, bodyHtml: '<p>Alle 21</p>', startDate: '2026-07-10T19:00:00.000Z',
  place: { slug: piazza.id, title: 'Piazza Vittoria' }, cost: 'Gratuito', contacts: {},
}) }
const service = { id: 'carta-identita', data: schemas.services.parse({
  title: 'Carta d’identità elettronica', summary: 'Richiedi la CIE', updatedAt, status: 'attivo', category: 'anagrafe-e-stato-civile',
  sections: { audience: 'Residenti', howTo: 'Prenota', needed: 'Foto', output: 'La carta', times: '6 giorni' },
  channels: { online: false, inPerson: true, booking: true }, office: { slug: 'anagrafe', title: 'Ufficio anagrafe' }, hasOnlineForm: true,
}) }
const office = { id: 'anagrafe', data: schemas.offices.parse({
  title: 'Ufficio anagrafe', summary: 'Residenza e documenti', updatedAt, type: 'ufficio', place: { slug: piazza.id, title: 'Piazza Vittoria' },
  contacts: { email: 'anagrafe@comune.brindisi.example' }, openingHours: [{ days: 'Lunedì–venerdì', hours: '9:00–12:00' }],
}) }
const topic = { id: 'ambiente', data: schemas.topics.parse({ title: 'Ambiente', description: 'Verde e rifiuti', updatedAt }) }

const access = { online: { url: '/area-personale/domanda/?servizio=carta-identita', portalForm: true }, inPerson: true, bookingUrl: '/prenotazione-appuntamento/?servizio=carta-identita' }

describe('the open data items of published entries', () => {
  it('match the documented schema of their dataset, wrapped as the built file', () => {
    const built = {
      notizie: [newsToItem(news, context)], eventi: [eventToItem(event, context)], servizi: [serviceToItem(service, access, context)],
      uffici: [officeToItem(office, context)], luoghi: [placeToItem(piazza, context)], argomenti: [topicToItem(topic, context)],
    }
    for (const [name, items] of Object.entries(built) as [keyof typeof openDataItems, unknown[]][]) {
      const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/legalcode.it', attribution: 'Comune di Brindisi' }
      expect(openDataFile(openDataItems[name]).safeParse({ dataset: name, version: 'v1', licence, items }).error).toBeUndefined()
    }
  })

  it('give every address in full, as other sites and apps read them', () => {
    const item = newsToItem(news, context)
    expect(item.url).toBe('https://sportello.comune.brindisi.example/notizie/porto-pulito/')
    expect(item.image?.url).toBe('https://sportello.comune.brindisi.example/media/porto.jpg')
    expect(item).toMatchObject({ kind: 'avviso', kindLabel: 'Avviso', publishedAt: '2026-02-28T10:00:00.000Z', topics: [ambiente] })
  })

  it('give an event its place’s coordinates and its calendar file, null where the CMS has nothing', () => {
    expect(eventToItem(event, context)).toMatchObject({
      place: { slug: 'piazza-vittoria', latitude: 40.6383, longitude: 17.9423, address: 'Piazza Vittoria, 72100 Brindisi' },
      endDate: null, address: null, organizer: null, cost: 'Gratuito',
      calendarUrl: 'https://sportello.comune.brindisi.example/eventi/concerto.ics',
    })
  })

  it('give a service the channels its page offers: the portal’s form, the booking and the desk', () => {
    expect(serviceToItem(service, access, context)).toMatchObject({
      hasOnlineForm: true, status: 'attivo',
      channels: {
        online: true, onlineUrl: 'https://sportello.comune.brindisi.example/area-personale/domanda/?servizio=carta-identita',
        booking: true, bookingUrl: 'https://sportello.comune.brindisi.example/prenotazione-appuntamento/?servizio=carta-identita', desk: true,
      },
    })
    expect(serviceToItem(service, { inPerson: false }, context).channels).toEqual({ online: false, onlineUrl: null, booking: false, bookingUrl: null, desk: false })
  })

  it('give an office its opening hours and the coordinates of its seat, and drop a seat no longer published', () => {
    expect(officeToItem(office, context)).toMatchObject({ openingHours: [{ days: 'Lunedì–venerdì', hours: '9:00–12:00' }], place: { latitude: 40.6383 } })
    expect(officeToItem(office, { site, places: new Map() }).place).toBeNull()
  })
})
