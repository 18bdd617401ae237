import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { simpleParser } from 'mailparser'

import { addDays, romeDayOf } from '../cms/agenda/days'
import { e2e } from '../playwright.config'
import { AdminPanel, createStaffAccount } from './pages/AdminPanel'
import { Agenda, bookByPhone, createOfficeWithCalendar, freeSlots } from './pages/Agenda'
import { watchContext } from './pages/offSiteWatch'

/** The parts of the page this project draws (Payload draws the rest). */
const axe = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)

/** The emails the portal sent to an address (the demo's outgoing mail folder), parsed. */
async function mailsTo(address: string) {
  const folder = path.join('.e2e', 'data', 'posta-in-uscita')
  const mails = existsSync(folder) ? await Promise.all(readdirSync(folder).map((name) => simpleParser(readFileSync(path.join(folder, name))))) : []
  return mails.filter((mail) => [mail.to].flat().some((to) => to?.value.some((v) => v.address === address)))
}

/**
 * The day the spec works: today, while it has a slot the spec is sure to reach (15-minute slots, the last at 23:30,
 * two desks: the phoned booking and the walk-in fit in the same one; so not in the Rome night's last 40 minutes).
 * Otherwise the next day with free slots: a national holiday (8 December, Christmas) or the patron's day closes
 * every office, and the operator then works a day ahead.
 */
async function workingDay(request: APIRequestContext, calendarId: number): Promise<{ day: string; today: string }> {
  const now = new Date()
  const today = romeDayOf(now)
  const [romeHour, romeMinute] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now).split(':').map(Number)
  let day = romeHour! * 60 + romeMinute! < 23 * 60 + 20 ? today : addDays(today, 1)
  for (let tries = 0; tries < 7 && (await freeSlots(request, calendarId, day)).length === 0; tries++) day = addDays(day, 1)
  return { day, today }
}

test('an operator works the day’s agenda: books for a walk-in, marks a no-show, cancels with a message, prints', async ({ browser, request }) => {
  test.setTimeout(240_000)
  const stamp = Date.now()
  const { officeId, calendarId, serviceTitle, officeTitle } = await createOfficeWithCalendar(request, stamp)
  const clerk = { email: `agenda-${stamp}@comune.brindisi.example`, password: 'operatrice-agenda-password-lunga', name: 'Operatrice Agenda', roles: ['operator'], offices: [officeId] }
  await createStaffAccount(request, clerk)
  const { day, today } = await workingDay(request, calendarId)
  // A citizen phoned earlier: booked for that day, with an email to reach her.
  const phoned = await bookByPhone(request, calendarId, day, { givenName: 'Lucia', familyName: 'Telefono', email: `lucia.${stamp}@example.it` })

  const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', acceptDownloads: true })
  const seen = watchContext(context)
  const page = await context.newPage()
  await new AdminPanel(page).login(clerk.email, clerk.password)

  // The operator's home says how many appointments today, and leads to the agenda; so does the navigation. When the
  // spec works a later day, today is empty and the operator moves ahead with "Giorno successivo".
  await expect(page.getByTestId('agenda-landing')).toContainText(day === today ? '1 appuntamento oggi, 1 ancora da ricevere.' : 'Nessun appuntamento prenotato per oggi.')
  await expect(page.locator('nav').getByRole('link', { name: 'Agenda del giorno' })).toBeVisible()
  await page.getByRole('link', { name: 'Apri l’agenda del giorno' }).click()
  const agenda = new Agenda(page)
  await expect(page.getByRole('heading', { name: 'Agenda del giorno', level: 1 })).toBeVisible()
  for (let shown = today; shown < day; shown = addDays(shown, 1)) {
    await page.getByRole('link', { name: 'Giorno successivo →' }).click()
    await expect(page).toHaveURL(new RegExp(`giorno=${addDays(shown, 1)}`))
  }
  await expect(agenda.day().locator('caption')).toContainText('1 appuntamento')
  await expect(agenda.row(phoned)).toContainText('Lucia Telefono')
  await expect(agenda.row(phoned)).toContainText('Informazioni sulla residenza')
  await expect(agenda.row(phoned)).toContainText('Al telefono')
  await agenda.expectStatus(phoned, 'Confermata')
  expect(await axe(page, '.agenda')).toEqual([])

  // A citizen walks in: a wrong codice fiscale is refused in Italian, then booked with the right one.
  await agenda.bookForCitizen({ givenName: 'Cosimo', familyName: 'Sportello', fiscalCode: 'GRCCSM70B12B180X', phone: '0831 123456', service: serviceTitle })
  await expect(agenda.bookingOutcome()).toHaveText('Il codice fiscale non è valido: controllalo o lascialo vuoto.')
  await agenda.bookForCitizen({ givenName: 'Cosimo', familyName: 'Sportello', fiscalCode: 'grccsm70b12b180s', email: `cosimo.${stamp}@example.it`, phone: '0831 123456', service: serviceTitle })
  await expect(agenda.bookingOutcome()).toHaveText(/^Prenotato: codice (BR-\w+)\. Comunicalo al cittadino\.$/)
  const walkIn = /codice (BR-\w+)/.exec((await agenda.bookingOutcome().textContent()) ?? '')![1]!
  await expect(agenda.row(walkIn)).toContainText('Cosimo Sportello')
  await expect(agenda.row(walkIn)).toContainText('GRCCSM70B12B180S')
  await expect(agenda.row(walkIn)).toContainText(serviceTitle)
  await expect(agenda.row(walkIn)).toContainText('Allo sportello')
  await expect(agenda.day().locator('caption')).toContainText('2 appuntamenti')

  // He does not come back in time: no-show. Marks are recorded from the appointment's day on, so a day ahead offers none.
  if (day === today) {
    await agenda.mark(walkIn, 'Non presentato')
    await agenda.expectStatus(walkIn, 'Non presentato')
  } else {
    await expect(agenda.row(walkIn).getByRole('button', { name: /^(Arrivato|Servito|Non presentato):/ })).toHaveCount(0)
    await expect(agenda.row(walkIn).locator('summary', { hasText: 'Sposta' })).toBeVisible()
  }
  const walkInStatus = day === today ? 'Non presentato' : 'Confermata'

  // The office cancels the phoned booking: the message is required, then reaches the citizen.
  await agenda.cancel(phoned, '')
  await expect(agenda.rowOutcome(phoned)).toHaveText('Scrivi al cittadino perché l’appuntamento è annullato: riceve il messaggio.')
  await agenda.expectStatus(phoned, 'Confermata')
  await agenda.cancel(phoned, 'L’ufficio chiude oggi per un guasto: la richiameremo per un nuovo appuntamento.')
  await agenda.expectStatus(phoned, 'Annullata')
  // The message reaches the citizen by email.
  await expect.poll(async () => (await mailsTo(`lucia.${stamp}@example.it`)).some((mail) => mail.subject?.startsWith('Appuntamento annullato') && mail.text?.includes('L’ufficio chiude oggi per un guasto: la richiameremo per un nuovo appuntamento.')), { timeout: 30_000 }).toBe(true)
  await expect(agenda.day().locator('caption')).toContainText('1 appuntamento')
  expect(await axe(page, '.agenda')).toEqual([])

  // The week's counts: two booked, one kept (a no-show on the day itself), one cancelled.
  const week = page.getByTestId('agenda-week').locator(`tr[data-week-calendar="${calendarId}"]`)
  await expect(week.locator('[data-cell="bookings"]')).toHaveText('1')
  await expect(week.locator('[data-cell="no-shows"]')).toHaveText(day === today ? '1' : '0')
  await expect(week.locator('[data-cell="cancelled"]')).toHaveText('1')

  // Printed: the day's list only, no navigation and no controls.
  await page.emulateMedia({ media: 'print' })
  await expect(agenda.day()).toBeVisible()
  await expect(page.locator('nav.nav, .nav').first()).toBeHidden()
  await expect(page.locator('form.agenda-book')).toBeHidden()
  await expect(agenda.row(phoned).getByRole('button')).toHaveCount(0)
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByRole('button', { name: 'Stampa' })).toBeEnabled()

  // The booking's page tells its history in words, the message included.
  await agenda.row(phoned).getByRole('link', { name: phoned }).click()
  const history = page.getByTestId('booking-history')
  await expect(history).toContainText('ha annullato l’appuntamento')
  await expect(history).toContainText('Messaggio al cittadino: L’ufficio chiude oggi per un guasto')
  await expect(history).toContainText('Operatrice Agenda')
  expect(await axe(page, '[data-testid=booking-history]')).toEqual([])

  // Found in the list by codice fiscale in lower case, and exported as the list shows it.
  await page.goto(`${e2e.adminUrl}/admin/collections/bookings`)
  await page.locator('#search-filter-input').fill('grccsm70b12b180s')
  await expect(page).toHaveURL(/search=/)
  await expect(page.locator('.table tbody tr')).toHaveCount(1)
  await expect(page.locator('.table tbody tr').first()).toContainText(walkIn)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Esporta CSV' }).click()])
  expect(download.suggestedFilename()).toMatch(/^prenotazioni-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean)
  expect(csv[0]).toBe('\uFEFFCodice;Data;Ora;Calendario;Ufficio;Richiedente;Codice fiscale;Email;Telefono;Servizio;Motivo;Canale;Stato')
  expect(csv).toHaveLength(2)
  expect(csv[1]).toContain(`${walkIn};`)
  expect(csv[1]).toContain(`;${officeTitle};Cosimo Sportello;GRCCSM70B12B180S;`)
  expect(csv[1]).toContain(`;Allo sportello;${walkInStatus}`)
  expect(csv[1].endsWith(`;${walkInStatus}`)).toBe(true)

  await context.close()
  expect(seen.offsite).toEqual([])
  // The browser logs the two refusals the test provoked (400, answered in Italian on the page); nothing else.
  expect(seen.errors.filter((e) => !/\/admin\/agenda(\?giorno=[\d-]+)?: Failed to load resource: the server responded with a status of 400 \(Bad Request\)$/.test(e))).toEqual([])
  expect(seen.errors).toHaveLength(2)
  expect(seen.violations).toEqual([])
})
