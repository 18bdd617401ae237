import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { e2e } from '../../playwright.config'
import { adminToken } from './SecondFactor'

const richText = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
    { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }] },
  ] },
})

/** The day's agenda of the back office (/admin/agenda), as an operator works it. */
export class Agenda {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`${e2e.adminUrl}/admin/agenda${query}`)
    await expect(this.page.getByRole('heading', { name: 'Agenda del giorno', level: 1 })).toBeVisible()
  }

  /** The table of the day's bookings. */
  day() {
    return this.page.getByTestId('agenda-day')
  }

  /** The row of one booking, by its code. */
  row(code: string) {
    return this.page.locator(`tr[data-booking="${code}"]`)
  }

  async expectStatus(code: string, status: string): Promise<void> {
    await expect(this.row(code).locator('[data-cell="status"]')).toHaveText(status)
  }

  /** "Prenota per un cittadino": fills the form, picks the first free slot and books; returns the announced outcome's locator. */
  async bookForCitizen(data: { channel?: 'Allo sportello' | 'Al telefono'; givenName: string; familyName: string; fiscalCode?: string; email?: string; phone?: string; reason?: string; service?: string }): Promise<void> {
    const form = this.bookingForm()
    if (data.channel) await form.getByLabel('Come si è rivolto').selectOption({ label: data.channel })
    await form.getByLabel('Nome', { exact: true }).fill(data.givenName)
    await form.getByLabel('Cognome').fill(data.familyName)
    await form.getByLabel('Codice fiscale (facoltativo)').fill(data.fiscalCode ?? '')
    await form.getByLabel('Email (facoltativa)').fill(data.email ?? '')
    await form.getByLabel('Telefono (facoltativo)').fill(data.phone ?? '')
    if (data.service) await form.getByLabel('Servizio', { exact: true }).selectOption({ label: data.service })
    await form.getByLabel('Motivo (se non c’è il servizio)').fill(data.reason ?? '')
    const slot = form.getByLabel('Orario libero')
    await expect(slot).toBeEnabled()
    const first = await slot.locator('option').nth(1).getAttribute('value')
    await slot.selectOption(first!)
    await form.getByRole('button', { name: 'Prenota' }).click()
  }

  bookingForm() {
    return this.page.locator('form.agenda-book')
  }

  /** The outcome the booking form announces (role status or alert). */
  bookingOutcome() {
    return this.bookingForm().locator('.agenda-outcome')
  }

  async mark(code: string, action: 'Arrivato' | 'Servito' | 'Non presentato'): Promise<void> {
    await this.row(code).getByRole('button', { name: `${action}: ${code}` }).click()
  }

  /** "Annulla" on a booking, with the message to the citizen (empty to see the refusal). */
  async cancel(code: string, message: string): Promise<void> {
    const row = this.row(code)
    const details = row.locator('details').filter({ hasText: 'Annulla' })
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click()
    await details.getByLabel('Messaggio al cittadino: perché è annullato').fill(message)
    await details.getByRole('button', { name: 'Annulla l’appuntamento' }).click()
  }

  rowOutcome(code: string) {
    return this.row(code).locator('.agenda-outcome')
  }
}

/**
 * A new office, a service it delivers in person and a calendar open every day around the clock
 * (so every day the offices open has free slots, whatever time the test runs), made as the first administrator.
 */
export async function createOfficeWithCalendar(request: APIRequestContext, stamp: number): Promise<{ officeId: number; calendarId: number; serviceTitle: string; officeTitle: string }> {
  const headers = { Authorization: `JWT ${await adminToken(request)}` }
  const officeTitle = `Ufficio Agenda ${stamp}`
  const office = await request.post(`${e2e.adminUrl}/api/offices`, { headers, data: { title: officeTitle, slug: `ufficio-agenda-${stamp}`, type: 'ufficio', summary: 'Ufficio delle prove dell’agenda', _status: 'published' } })
  expect(office.ok(), await office.text()).toBe(true)
  const officeId = ((await office.json()) as { doc: { id: number } }).doc.id
  const serviceTitle = `Carta d’identità ${stamp}`
  const service = await request.post(`${e2e.adminUrl}/api/services`, {
    headers,
    data: {
      title: serviceTitle, slug: `carta-agenda-${stamp}`, summary: 'Servizio delle prove dell’agenda', category: 'anagrafe-e-stato-civile', office: officeId,
      audience: richText('Tutti'), howTo: richText('Allo sportello'), needed: richText('Documento'), output: richText('La carta'), times: richText('Subito'), _status: 'published',
    },
  })
  expect(service.ok(), await service.text()).toBe(true)
  const serviceId = ((await service.json()) as { doc: { id: number } }).doc.id
  const calendar = await request.post(`${e2e.adminUrl}/api/calendars`, {
    headers,
    data: {
      name: `Sportello agenda ${stamp}`, office: officeId, services: [serviceId], active: true, slotMinutes: 15, desks: 2, horizonDays: 30, cutoffHours: 0, maxPerCitizen: 5,
      hours: ['1', '2', '3', '4', '5', '6', '7'].map((weekday) => ({ weekday, from: '00:00', to: '23:45' })), closures: [],
    },
  })
  expect(calendar.ok(), await calendar.text()).toBe(true)
  return { officeId, calendarId: ((await calendar.json()) as { doc: { id: number } }).doc.id, serviceTitle, officeTitle }
}

/** The free slots of a calendar's day, as the office's endpoint lists them to the first administrator. */
export async function freeSlots(request: APIRequestContext, calendarId: number, day: string): Promise<{ startsAt: string }[]> {
  const headers = { Authorization: `JWT ${await adminToken(request)}` }
  const free = await request.get(`${e2e.adminUrl}/api/bookings/posti-liberi?calendario=${calendarId}&giorno=${day}`, { headers })
  expect(free.ok(), await free.text()).toBe(true)
  return ((await free.json()) as { slots: { startsAt: string }[] }).slots
}

/** A booking made through the office's endpoint as the first administrator (a citizen who phoned earlier), at the first free slot of the day. */
export async function bookByPhone(request: APIRequestContext, calendarId: number, day: string, applicant: { givenName: string; familyName: string; email: string }): Promise<string> {
  const headers = { Authorization: `JWT ${await adminToken(request)}` }
  const [first] = await freeSlots(request, calendarId, day)
  expect(first, `il ${day} non ha orari liberi`).toBeDefined()
  const res = await request.post(`${e2e.adminUrl}/api/bookings/prenota-per-cittadino`, {
    headers, data: { calendarId, channel: 'telefono', ...applicant, reason: 'Informazioni sulla residenza', startsAt: first!.startsAt, requestKey: `e2e-${Date.now()}` },
  })
  expect(res.status(), await res.text()).toBe(201)
  return ((await res.json()) as { doc: { code: string } }).doc.code
}
