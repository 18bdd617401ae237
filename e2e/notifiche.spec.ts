import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { e2e } from '../playwright.config'
import { AdminPanel } from './pages/AdminPanel'
import { Desk } from './pages/Desk'
import { DeskNotifications } from './pages/DeskNotifications'
import { watchContext } from './pages/offSiteWatch'
import { createOfficeWithOnlineService, submitThroughApi } from './pages/PracticeQueue'
import { adminToken } from './pages/SecondFactor'

const marco = 'VLNMRC79H03B180T'
type Delivery = { id: number; channel: string; status: string; kind: string }

test('a citizen chooses the channels of an event in the desk; the next such event follows the choice, and staff read it in the delivery log', async ({ browser, request }) => {
  test.setTimeout(240_000)
  const { serviceSlug } = await createOfficeWithOnlineService(request, Date.now())
  const citizen = await browser.newContext({ baseURL: e2e.publicUrl })
  const seen = watchContext(citizen)
  const page = await citizen.newPage()
  const desk = new Desk(page)
  await desk.logInFrom('/area-personale/notifiche/', marco)
  await desk.expectSection('Notifiche', '/area-personale/notifiche/')

  // "Domanda ricevuta" only as a push notification: no email, no IO; the desk's Messaggi keeps it anyway.
  const notifications = new DeskNotifications(page)
  await expect(notifications.choice('Domanda ricevuta', 'Email')).toBeChecked()
  await notifications.choice('Domanda ricevuta', 'Email').uncheck()
  await notifications.choice('Domanda ricevuta', 'App IO').uncheck()
  await notifications.save()
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([])
  await page.reload()
  await expect(notifications.choice('Domanda ricevuta', 'Email')).not.toBeChecked()
  await expect(notifications.choice('Domanda ricevuta', 'Notifica push sul dispositivo')).toBeChecked()
  await expect(notifications.choice('Cambio di stato di una pratica e messaggi dell’ufficio', 'Email')).toBeChecked()

  const headers = { Authorization: `JWT ${await adminToken(request)}` }
  const citizenId = ((await (await request.get(`${e2e.adminUrl}/api/citizens?where[fiscalCode][equals]=${marco}&depth=0`, { headers })).json()) as { docs: { id: number }[] }).docs[0]!.id
  const deliveries = async () => {
    const res = await request.get(`${e2e.adminUrl}/api/notification-deliveries?where[citizen][equals]=${citizenId}&sort=-id&limit=50&depth=0`, { headers })
    return ((await res.json()) as { docs: Delivery[] }).docs
  }
  const before = Math.max(0, ...(await deliveries()).map((d) => d.id))

  // An application is received: the desk message and a push delivery, no email nor IO.
  const protocol = await submitThroughApi(page, serviceSlug, 'Richiesta per provare le notifiche')
  const since = async () => (await deliveries()).filter((d) => d.id > before && d.kind === 'practice-submitted')
  // The queue (the publisher) tries the push: its row leaves "in coda".
  await expect.poll(async () => (await since()).filter((d) => d.channel === 'push' && d.status !== 'in-coda').length, { timeout: 60_000 }).toBe(1)
  expect((await since()).map((d) => d.channel).sort()).toEqual(['desk', 'push'])

  // Staff open the citizen's record in "Cittadini": the delivery log is there.
  const staff = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome' })
  const seenStaff = watchContext(staff)
  const admin = await staff.newPage()
  await new AdminPanel(admin).login(e2e.adminEmail, e2e.adminPassword)
  await admin.goto(`${e2e.adminUrl}/admin/collections/citizens/${citizenId}`)
  const log = admin.locator('.relationship-table, [id*="notificationLog"]').first()
  await expect(log).toContainText('Registro delle notifiche')
  await expect(log).toContainText('Domanda ricevuta')
  await expect(log).toContainText('Notifica push')
  await expect(log).toContainText('Area personale (Messaggi)')
  await admin.goto(`${e2e.adminUrl}/admin/collections/notification-deliveries`)
  await expect(admin.getByRole('heading', { name: 'Registro delle notifiche' }).first()).toBeVisible()

  // Back to every channel, as Marco had it, for the tests that follow.
  await page.goto('/area-personale/notifiche/')
  await notifications.choice('Domanda ricevuta', 'Email').check()
  await notifications.choice('Domanda ricevuta', 'App IO').check()
  await notifications.save()
  expect(protocol).toMatch(/^\d{4}\/\d{6}$/)
  expect(seen).toEqual({ offsite: [], errors: [], violations: [] })
  expect(seenStaff.offsite).toEqual([])
})
