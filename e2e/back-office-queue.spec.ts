import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { e2e } from '../playwright.config'
import { watchContext } from './pages/offSiteWatch'
import { AdminPanel, createStaffAccount } from './pages/AdminPanel'
import { Desk } from './pages/Desk'
import { createOfficeWithOnlineService, PracticeQueue, submitThroughApi } from './pages/PracticeQueue'

const marco = 'VLNMRC79H03B180T'

test('a clerk lands on the office’s queue, finds an application by protocol number, exports it and keeps a saved filter', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const { officeId, serviceSlug } = await createOfficeWithOnlineService(request, stamp)
  const clerk = { email: `coda-${stamp}@comune.brindisi.example`, password: 'operatrice-coda-password-lunga', name: 'Operatrice Coda', roles: ['operator'], offices: [officeId] }
  await createStaffAccount(request, clerk)

  // A citizen applies online: the application reaches the office with a protocol number.
  const citizen = await browser.newContext({ baseURL: e2e.publicUrl })
  const citizenPage = await citizen.newPage()
  await new Desk(citizenPage).logInWithSpid(marco)
  const protocol = await submitThroughApi(citizenPage, serviceSlug, 'Una richiesta di prova della coda')
  expect(protocol).toMatch(/^\d{4}\/\d{6}$/)
  await citizen.close()

  // The clerk signs in and lands on the queue, with the counts of their office only.
  const office = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', acceptDownloads: true })
  const seen = watchContext(office)
  const page = await office.newPage()
  await new AdminPanel(page).login(clerk.email, clerk.password)
  await expect(page.getByRole('heading', { name: 'Le pratiche del tuo ufficio' })).toBeVisible()
  await expect(page.getByText(`Ufficio Coda ${stamp}`)).toBeVisible()
  const queue = new PracticeQueue(page)
  await queue.expectCount('presentata', 1)
  await queue.expectCount('in-lavorazione', 0)
  await queue.expectCount('in-attesa-cittadino', 0)
  await queue.expectCount('assegnate-a-me', 0)
  await queue.expectCount('scadute', 0)
  // Public content is no work of an operator's: it stays out of their navigation.
  await expect(page.locator('nav').getByRole('link', { name: 'Notizie', exact: true })).toHaveCount(0)
  await expect(page.locator('nav').getByRole('link', { name: 'Home page', exact: true })).toHaveCount(0)
  await expect(page.locator('nav').getByRole('link', { name: 'Pratiche', exact: true })).toBeVisible()

  // The count links to the list filtered the same way.
  await queue.line('presentata').getByRole('link').click()
  await expect(page).toHaveURL(/\/admin\/collections\/practices\?/)
  await expect(queue.rows()).toHaveCount(1)
  await expect(queue.rows().first()).toContainText(protocol)

  // Search by protocol number, from the whole list.
  await queue.openList()
  await expect(queue.searchBox()).toHaveAttribute('placeholder', /Numero di protocollo.*Codice fiscale/)
  await queue.searchBox().fill(protocol)
  await expect(page).toHaveURL(/search=/)
  await expect(queue.rows()).toHaveCount(1)
  await expect(queue.rows().first()).toContainText(protocol)
  await queue.searchBox().fill(marco.toLowerCase())
  await expect(queue.rows().first()).toContainText(protocol)

  // The CSV of the list as it is now holds the application, with Italian headers.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Esporta CSV' }).click()])
  expect(download.suggestedFilename()).toMatch(/^pratiche-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = readFileSync(await download.path(), 'utf8')
  expect(csv.split('\r\n')[0]).toBe('\uFEFFNumero di protocollo;Oggetto;Richiedente;Codice fiscale;Servizio;Ufficio;Stato;Assegnata a;Presentata il;Scadenza;Termine sospeso dal;Conclusa il')
  expect(csv).toContain(`${protocol};Domanda di prova della coda;Marco Valente;${marco};Domanda di prova della coda;Ufficio Coda ${stamp};Presentata`)

  // A saved filter, found again after signing out and in.
  await queue.searchBox().fill('')
  await page.goto(`${e2e.adminUrl}/admin`)
  await queue.line('presentata').getByRole('link').click()
  await expect(queue.rows()).toHaveCount(1)
  await queue.saveFilter('Da prendere in carico')
  await office.close()

  const again = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome' })
  const seenAgain = watchContext(again)
  const pageAgain = await again.newPage()
  await new AdminPanel(pageAgain).login(clerk.email, clerk.password)
  const queueAgain = new PracticeQueue(pageAgain)
  await queueAgain.openList()
  await expect(pageAgain.locator('#select-preset')).toContainText('Da prendere in carico')
  await expect(queueAgain.rows()).toHaveCount(1)
  await again.close()

  expect(seen.offsite.concat(seenAgain.offsite)).toEqual([])
  expect(seen.errors.concat(seenAgain.errors)).toEqual([])
})
