import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'

import { e2e } from '../playwright.config'
import { AdminPanel, createStaffAccount } from './pages/AdminPanel'
import { CertificateOffice } from './pages/CertificateOffice'
import { DocumentsTab } from './pages/Certificates'
import { Desk } from './pages/Desk'
import { DeskPractices, PracticeDetail } from './pages/DeskPractices'
import { watchContext } from './pages/offSiteWatch'
import { officeId, PracticeDesk, staffToken } from './pages/PracticeDesk'
import { createOfficeWithOnlineService, submitThroughApi } from './pages/PracticeQueue'

/** The parts of an admin page this project draws, checked with axe (Payload draws the rest). */
const axeOf = async (page: Page, selectors: string[]) => {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  for (const selector of selectors) builder = builder.include(selector)
  return (await builder.analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}
/** The emails the portal sent, as raw text (the demo's outgoing mail folder). */
const outbox = () => {
  const folder = path.join('.e2e', 'data', 'posta-in-uscita')
  return existsSync(folder) ? readdirSync(folder).map((name) => readFileSync(path.join(folder, name), 'utf8')) : []
}
const romeMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7)
type Doc = { kind: string; title: string; href: string; filename: string; mime: string }
/** A listed document that can no longer be downloaded (a revoked certificate) has no href. */
type ListedDoc = Omit<Doc, 'href'> & { href: string | null }

test('the office attaches the final act of a decided application; the citizen is told, finds it and downloads it', async ({ browser, request }) => {
  test.setTimeout(240_000)
  const stamp = Date.now()
  const { officeId: office, serviceSlug } = await createOfficeWithOnlineService(request, stamp)
  const clerk = { email: `atto-${stamp}@comune.brindisi.example`, password: 'operatrice-atto-password-lunga', name: 'Operatrice Atti', roles: ['operator'], offices: [office] }
  await createStaffAccount(request, clerk)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atto-finale-'))
  const act = path.join(dir, 'determina.pdf')
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText('Determina di accoglimento (prova)', { x: 50, y: 700 })
  writeFileSync(act, await pdf.save())
  const notPdf = path.join(dir, 'determina.pdf.txt')
  writeFileSync(notPdf, 'Non sono un PDF')

  // A citizen applies online.
  const citizen = await browser.newContext({ baseURL: e2e.publicUrl, acceptDownloads: true })
  const seenCitizen = watchContext(citizen)
  const citizenPage = await citizen.newPage()
  await new Desk(citizenPage).logInWithSpid('VLNMRC79H03B180T')
  const protocol = await submitThroughApi(citizenPage, serviceSlug, 'Richiesta che avrà un atto finale')
  const practices = (await (await citizenPage.request.get('/api/me/pratiche')).json()) as { practices: { id: number; protocolNumber: string | null }[] }
  const id = practices.practices.find((p) => p.protocolNumber === protocol)!.id

  // The office decides it, then attaches the final act: a file that is not a PDF is refused in Italian.
  const staff = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', acceptDownloads: true })
  const seenStaff = watchContext(staff)
  const page = await staff.newPage()
  await new AdminPanel(page).login(clerk.email, clerk.password)
  const backOffice = new PracticeDesk(page)
  await backOffice.open(id)
  await expect(backOffice.action('Allega l’atto finale')).toHaveCount(0)
  await backOffice.takeCharge()
  await backOffice.perform('Accogli la domanda', 'Accogli', 'La domanda è accolta.')
  await expect(backOffice.status()).toContainText('Accolta')
  const box = backOffice.action('Allega l’atto finale')
  await box.locator('summary').click()
  await box.getByLabel('File PDF dell’atto (massimo 10 MB)').setInputFiles(notPdf)
  await box.getByRole('button', { name: 'Allega e avvisa il cittadino' }).click()
  await expect(box.getByRole('alert')).toHaveText('Il file non è un PDF: l’atto finale si allega in formato PDF.')
  expect(await axeOf(page, ['[data-testid=final-act]'])).toEqual([])
  await box.getByLabel('File PDF dell’atto (massimo 10 MB)').setInputFiles(act)
  await box.getByLabel('Messaggio al cittadino (facoltativo)').fill('Trova in allegato la determina.')
  await box.getByRole('button', { name: 'Allega e avvisa il cittadino' }).click()
  await expect(box.getByRole('status')).toContainText('Atto finale allegato')
  const filename = `atto-finale-${protocol.replace('/', '-')}.pdf`
  await expect(backOffice.history()).toContainText(`Atto finale allegato: ${filename}`)
  // Staff download it like any attachment of the application.
  // The link is read and fetched by the page with the clerk's session rather than clicked: Chromium's download
  // machinery, not the portal, once kept a loaded CI waiting for a download event that never came.
  await page.reload()
  const staffLink = page.getByRole('link', { name: filename }).first()
  await expect(staffLink).toHaveAttribute('download', '')
  const staffCopy = await page.evaluate(async (href) => {
    const res = await fetch(href)
    return { status: res.status, disposition: res.headers.get('content-disposition'), head: new TextDecoder('latin1').decode((await res.arrayBuffer()).slice(0, 5)) }
  }, (await staffLink.getAttribute('href'))!)
  expect(staffCopy).toEqual({ status: 200, disposition: `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`, head: '%PDF-' })
  await staff.close()

  // The citizen is told (desk message and email), sees it on the practice's page and downloads it.
  const messages = await new DeskPractices(citizenPage).openMessages()
  await expect(messages).toContainText(`Atto finale della pratica ${protocol}`)
  await expect.poll(() => outbox().some((mail) => mail.includes(`Atto finale della pratica ${protocol}`))).toBe(true)
  const detail = new PracticeDetail(citizenPage)
  await detail.open(id)
  const finalAct = citizenPage.getByRole('region', { name: 'Atto finale' })
  await expect(finalAct).toBeVisible()
  expect((await new AxeBuilder({ page: citizenPage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => v.id)).toEqual([])
  const [download] = await Promise.all([citizenPage.waitForEvent('download'), finalAct.getByRole('link', { name: 'Scarica l’atto finale (PDF)' }).click()])
  expect(download.suggestedFilename()).toBe(filename)
  expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-')

  // …and in the desk's Documenti, beside the application's receipt.
  const tab = new DocumentsTab(citizenPage)
  await tab.open()
  const actItem = tab.items().filter({ hasText: 'Atto finale' }).filter({ hasText: protocol })
  await expect(actItem).toHaveCount(1)
  await expect(tab.items().filter({ hasText: 'Ricevuta della domanda' }).filter({ hasText: protocol })).toHaveCount(1)
  const [fromTab] = await Promise.all([citizenPage.waitForEvent('download'), actItem.getByRole('link').click()])
  expect(fromTab.suggestedFilename()).toBe(filename)
  // Each of them a private PDF download.
  const { documents } = (await (await citizenPage.request.get('/api/me/documenti')).json()) as { documents: Doc[] }
  const mine = documents.filter((d) => d.title.includes(protocol))
  expect(mine.map((d) => d.kind).sort()).toEqual(['atto-finale', 'ricevuta-domanda'])
  for (const d of mine) {
    const res = await citizenPage.request.get(d.href)
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toBe('application/pdf')
    expect(res.headers()['cache-control']).toBe('private, no-store')
  }
  // Another citizen gets nothing of it.
  const other = await browser.newContext({ baseURL: e2e.publicUrl })
  const otherPage = await other.newPage()
  await new Desk(otherPage).logInWithSpid('CPTGNN85C54B180W')
  expect((await otherPage.request.get(mine.find((d) => d.kind === 'atto-finale')!.href)).status()).toBe(404)
  const theirs = (await (await otherPage.request.get('/api/me/documenti')).json()) as { documents: Doc[] }
  expect(theirs.documents.some((d) => d.title.includes(protocol))).toBe(false)
  await other.close()
  await citizen.close()
  expect(seenCitizen.offsite).toEqual([])
  expect(seenStaff.offsite).toEqual([])
  expect([...seenCitizen.violations, ...seenStaff.violations]).toEqual([])
})

test('staff revoke a certificate with a reason: the verification page says so, the citizen is told, the counts show it', async ({ browser, request }) => {
  test.setTimeout(240_000)
  const stamp = Date.now()
  const anagrafe = await officeId(request, 'anagrafe-e-stato-civile')
  const clerk = { email: `anagrafe-${stamp}@comune.brindisi.example`, password: 'operatrice-anagrafe-password-lunga', name: 'Operatrice Anagrafe', roles: ['operator'], offices: [anagrafe] }
  await createStaffAccount(request, clerk)

  // A citizen gets a certificate in exemption, through the desk's API with their own session.
  const citizen = await browser.newContext({ baseURL: e2e.publicUrl })
  const seenCitizen = watchContext(citizen)
  const citizenPage = await citizen.newPage()
  const fiscalCode = 'CPTGNN85C54B180W'
  await new Desk(citizenPage).logInWithSpid(fiscalCode)
  const headers = { origin: e2e.publicUrl }
  const options = (await (await citizenPage.request.get('/api/me/certificati/opzioni')).json()) as { exemptions: { id: string; label: string }[] }
  const exemption = options.exemptions[0]!
  const asked = await citizenPage.request.post('/api/me/certificati', { headers, data: { type: 'residenza', subjectFiscalCode: fiscalCode, use: 'esente', exemptionId: exemption.id, requestKey: `ufficio-${stamp}-residenza` } })
  expect(asked.status(), await asked.text()).toBe(201)
  const certificate = (await asked.json()) as { id: number; code: string; status: string }
  expect(certificate.status).toBe('emesso')
  const verifyUrl = `/verifica-certificato/?codice=${encodeURIComponent(certificate.code)}`
  await citizenPage.goto(verifyUrl)
  await expect(citizenPage.getByRole('main')).toContainText(/valido/i)

  // Staff see it in the list, with the counts above it, open it and revoke it with a reason.
  const month = romeMonth()
  const staff = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', acceptDownloads: true })
  const seenStaff = watchContext(staff)
  const page = await staff.newPage()
  await new AdminPanel(page).login(clerk.email, clerk.password)
  const office = new CertificateOffice(page)
  await office.openList()
  const [issuedBefore, revokedBefore] = await office.monthTotals(month)
  expect(issuedBefore).toBeGreaterThanOrEqual(1)
  await expect(office.row(certificate.code)).toContainText(`Esente: ${exemption.label}`)
  await expect(office.row(certificate.code)).toContainText('Emesso')
  expect(await axeOf(page, ['[data-testid=certificate-counts]'])).toEqual([])
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Esporta CSV' }).click()])
  expect(csv.suggestedFilename()).toMatch(/^certificati-\d{4}-\d{2}-\d{2}\.csv$/)
  expect(readFileSync(await csv.path(), 'utf8')).toContain(certificate.code)
  await office.open(certificate.code)
  expect(await axeOf(page, ['[data-testid=certificate-actions]', '[data-testid=certificate-history]'])).toEqual([])
  // No reason, no revocation.
  await office.actions().getByRole('button', { name: 'Revoca il certificato' }).click()
  await expect(office.actions().getByRole('alert')).toContainText('Scrivi il motivo della revoca')
  const reason = 'Dati di residenza variati dopo l’emissione'
  await office.revoke(reason)
  await expect(office.history()).toContainText('Revocato')
  await expect(office.history()).toContainText(reason)
  await expect(page.locator('#field-status')).toContainText('Revocato')

  // The counts show the revoked one; the endpoint says the same.
  await office.openList()
  expect(await office.monthTotals(month)).toEqual([issuedBefore, revokedBefore + 1])
  const token = await staffToken(request, clerk.email, clerk.password)
  const counts = (await (await request.get(`${e2e.adminUrl}/api/certificates/conteggi`, { headers: { Authorization: `JWT ${token}` } })).json()) as { months: string[]; totals: { issued: number[]; revoked: number[] } }
  expect([counts.totals.issued.at(-1), counts.totals.revoked.at(-1)]).toEqual([issuedBefore, revokedBefore + 1])
  await staff.close()

  // The public verification page says revoked, with the reason; the citizen is told in the desk.
  await citizenPage.goto(verifyUrl)
  await expect(citizenPage.getByRole('main')).toContainText(/revocato/i)
  await expect(citizenPage.getByRole('main')).toContainText(reason)
  const messages = await new DeskPractices(citizenPage).openMessages()
  await expect(messages).toContainText(`Certificato ${certificate.code} revocato`)
  const { documents } = (await (await citizenPage.request.get('/api/me/documenti')).json()) as { documents: ListedDoc[] }
  const listed = documents.find((d) => d.kind === 'certificato' && d.title.includes(certificate.code))
  expect(listed?.title).toContain('(revocato)')
  expect(listed?.href).toBeNull()
  const tab = new DocumentsTab(citizenPage)
  await tab.open()
  const revokedItem = tab.items().filter({ hasText: certificate.code })
  await expect(revokedItem).toContainText('Revocato dal Comune: non è più valido e non si può scaricare.')
  await expect(revokedItem.getByRole('link')).toHaveCount(0)
  await citizen.close()
  expect(seenCitizen.offsite).toEqual([])
  expect(seenStaff.offsite).toEqual([])
  expect([...seenCitizen.violations, ...seenStaff.violations]).toEqual([])
})
