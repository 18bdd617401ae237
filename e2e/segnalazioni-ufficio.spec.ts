import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'

import { e2e } from '../playwright.config'
import { AdminPanel, createStaffAccount } from './pages/AdminPanel'
import { emailTo, linkIn } from './pages/Booking'
import { watchContext } from './pages/offSiteWatch'
import { officeOfCategory, ReportOffice } from './pages/ReportOffice'
import { NewReport, PublicReports } from './pages/Reports'

/** The parts of the page this project draws (Payload draws the rest). */
const axe = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)

type Guest = { name: string; email: string; title: string; description: string; photo?: Buffer }

/** A guest's street light report through the citizen's pages, confirmed by the email's link: its code. */
async function reportAsGuest(page: Page, guest: Guest): Promise<string> {
  const flow = new NewReport(page)
  await flow.open()
  await flow.place('Illuminazione pubblica', 'Corso Umberto I', '21')
  await flow.sayDifferentIfAsked()
  await flow.fill('Titolo', guest.title)
  await flow.fill('Descrizione', guest.description)
  if (guest.photo) await flow.attach([{ name: 'lampione.jpg', mimeType: 'image/jpeg', buffer: guest.photo }])
  await flow.fill('Nome e cognome', guest.name)
  await flow.fill('Email', guest.email)
  await page.locator('label[for="segnala-privacy"]').click()
  await flow.send()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controlla la tua email')
  await expect.poll(async () => Boolean(await emailTo(guest.email, '/segnalazioni/conferma/')), { timeout: 30_000 }).toBe(true)
  await page.goto(linkIn((await emailTo(guest.email, '/segnalazioni/conferma/'))!, '/segnalazioni/conferma/')!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Segnalazione pubblicata')
  return (await page.getByTestId('codice').textContent())!.trim()
}

test('the office merges a duplicate, moderates, answers and solves a report; reporter and follower are told, the public page shows it', async ({ browser, request }) => {
  test.setTimeout(300_000)
  const stamp = Date.now()
  const citizens = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome' })
  const citizenPage = await citizens.newPage()
  citizenPage.context().setDefaultNavigationTimeout(60_000)
  await citizenPage.goto(e2e.publicUrl)
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 30, b: 60 } } }).jpeg().toBuffer()
  const anna = { name: 'Anna Ufficio', email: `anna.ufficio.${stamp}@esempio.it` }
  const bruno = { name: 'Bruno Doppione', email: `bruno.doppione.${stamp}@esempio.it` }
  const kept = await reportAsGuest(citizenPage, { ...anna, title: 'Lampione spento in Corso Umberto', description: `Il lampione al civico 21 è spento. Per informazioni chiamate Anna al 333 ${String(stamp).slice(-7)}.`, photo })
  const duplicate = await reportAsGuest(citizenPage, { ...bruno, title: 'Luce spenta al 21', description: 'Anche stasera il lampione davanti al 21 è spento.' })

  // A clerk of the office the category goes to.
  const clerk = { email: `segnalazioni-${stamp}@comune.brindisi.example`, password: 'operatore-segnalazioni-password-lunga', name: 'Operatore Segnalazioni', roles: ['operator'], offices: [await officeOfCategory(request, 'illuminazione')] }
  await createStaffAccount(request, clerk)
  const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome' })
  const seen = watchContext(context)
  const page = await context.newPage()
  await new AdminPanel(page).login(clerk.email, clerk.password)
  const office = new ReportOffice(page)

  // The queue: both new and unassigned, the text to moderate; the filters and statistics are there.
  await office.openQueue()
  await expect(office.row(kept)).toContainText('Da moderare')
  await expect(office.row(duplicate)).toContainText('Nessuno')
  await expect(page.getByTestId('report-stats')).toContainText('Illuminazione pubblica')
  expect(await axe(page, '.report-office')).toEqual([])
  await page.getByLabel('Solo da moderare').check()
  await page.getByRole('button', { name: 'Filtra' }).click()
  await expect(office.row(kept)).toBeVisible()

  // The duplicate is merged into the report that stays: its reporter now follows that one.
  await office.open(duplicate)
  expect(await axe(page, '[data-testid=report-office]')).toEqual([])
  await office.mergeInto(kept)
  await expect(office.outcome()).toHaveText(`Segnalazione unita a ${kept}: chi la seguiva ora segue quella.`)
  await expect.poll(async () => Boolean(await emailTo(bruno.email, `unita alla segnalazione ${kept}`)), { timeout: 30_000 }).toBe(true)

  // The report that stays: taken, moderated (no phone number in public), answered, solved.
  await page.goto(`${e2e.adminUrl}/admin/coda-segnalazioni`)
  await office.open(kept)
  // A colleague's tab (the same clerk's second tab here) holds the page as it was before the changes below.
  const stalePage = await context.newPage()
  await stalePage.goto(page.url())
  await office.assignToMe()
  await expect(page.locator('.report-office img[alt="Foto 1 inviata dal cittadino"]')).toBeVisible()
  await office.moderate('Il lampione al civico 21 è spento.', ['Pubblicata'])
  await office.update({ status: 'In lavorazione', answer: 'Abbiamo chiesto l’intervento della ditta di manutenzione.', note: 'Ticket ditta n. 4411' })
  await expect(office.outcome()).toHaveText(/^Segnalazione aggiornata/)
  // Closing needs a reason; a stale page is refused in Italian, never overwriting what was done.
  await office.update({ status: 'Chiusa' })
  await expect(office.outcome()).toHaveText('Scegli il motivo della chiusura.')
  const stale = new ReportOffice(stalePage)
  await stalePage.getByLabel('Nuovo stato').selectOption({ label: 'Chiusa' })
  await stalePage.getByLabel('Motivo della chiusura').selectOption({ label: 'Altro motivo' })
  await stalePage.getByRole('button', { name: 'Aggiorna la segnalazione' }).click()
  await expect(stale.outcome()).toHaveText('Un altro operatore ha appena cambiato questa segnalazione: ricarica la pagina e controlla prima di agire.')
  await stalePage.close()
  await office.update({ status: 'Risolta', answer: 'Lampione riparato il giorno stesso.' })
  await expect(office.outcome()).toHaveText(/^Segnalazione aggiornata/)
  await expect(page.getByTestId('report-history')).toContainText('Ticket ditta n. 4411')
  expect(await axe(page, '[data-testid=report-office]')).toEqual([])

  // Both are told: Anna reported it, Bruno follows it since the merge.
  for (const who of [anna, bruno]) {
    await expect.poll(async () => Boolean(await emailTo(who.email, 'Lo stato della segnalazione è ora: Risolta.')), { timeout: 30_000 }).toBe(true)
  }
  // The public page: solved, the office's answer, the moderated text and the approved photo; no phone number.
  await citizenPage.goto(`${e2e.publicUrl}/segnalazioni/${kept}/`)
  const reports = new PublicReports(citizenPage)
  await expect(reports.field('stato')).toHaveText('Risolta')
  await expect(reports.field('testo')).toHaveText('Il lampione al civico 21 è spento.')
  await expect(citizenPage.getByText('Lampione riparato il giorno stesso.').first()).toBeVisible()
  await expect(citizenPage.getByText(String(stamp).slice(-7))).toHaveCount(0)
  expect((await citizenPage.request.get(`${e2e.publicUrl}/api/segnalazioni/${kept}/foto/1`)).status()).toBe(200)
  const merged = (await (await citizenPage.request.get(`${e2e.publicUrl}/api/segnalazioni/${duplicate}`)).json()) as { status: string; mergedInto?: string }
  expect(merged).toMatchObject({ status: 'chiusa', mergedInto: kept })

  await context.close()
  await citizens.close()
  expect(seen.offsite).toEqual([])
  expect(seen.violations).toEqual([])
})

test('the queue and its statistics are for staff of an office, accessible, with a CSV of every month', async ({ browser, request }) => {
  test.setTimeout(120_000)
  const stamp = Date.now()
  const clerk = { email: `coda-${stamp}@comune.brindisi.example`, password: 'operatrice-coda-password-lunga', name: 'Operatrice Coda', roles: ['operator'], offices: [await officeOfCategory(request, 'rifiuti')] }
  await createStaffAccount(request, clerk)
  const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', acceptDownloads: true })
  const seen = watchContext(context)
  const page = await context.newPage()
  await new AdminPanel(page).login(clerk.email, clerk.password)
  const office = new ReportOffice(page)
  await office.openQueue()
  await expect(office.queue().locator('caption')).toContainText('segnalazion')
  await page.getByLabel('Solo scadute').check()
  await page.getByLabel('Assegnate').selectOption({ label: 'A me' })
  await page.getByRole('button', { name: 'Filtra' }).click()
  await expect(page).toHaveURL(/scadute=1/)
  await expect(page.getByLabel('Solo scadute')).toBeChecked()
  const stats = page.getByTestId('report-stats')
  await expect(stats.getByRole('rowheader', { name: 'Rifiuti e pulizia' })).toBeVisible()
  await expect(stats.getByRole('rowheader', { name: 'Tutte le categorie' })).toBeVisible()
  expect(await axe(page, '.report-office')).toEqual([])
  const [download] = await Promise.all([page.waitForEvent('download'), stats.getByRole('link', { name: 'Scarica tutti i mesi in CSV' }).click()])
  expect(download.suggestedFilename()).toMatch(/^segnalazioni-statistiche-\d{4}-\d{2}-\d{2}\.csv$/)
  await context.close()
  expect(seen.offsite).toEqual([])
  expect(seen.violations).toEqual([])
})
