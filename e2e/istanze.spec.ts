import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'

import { e2e } from '../playwright.config'
import { AdminPanel, createStaffAccount } from './pages/AdminPanel'
import { Desk } from './pages/Desk'
import { DeskPractices, PracticeDetail } from './pages/DeskPractices'
import { PracticeDesk, officeId, staffToken } from './pages/PracticeDesk'
import { PracticeForm } from './pages/PracticeForm'

const rosa = 'GRCRSO66P48A662X'
const service = { slug: 'contrassegno-parcheggio-disabili', title: 'Contrassegno di parcheggio per persone con disabilità (CUDE)' }
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)

/** The same check on the parts of the back office's application page this project draws (Payload draws the rest). */
const backOfficeAxe = async (page: Page) =>
  (await new AxeBuilder({ page }).include('[data-testid=practice-actions]').include('[data-testid=practice-deadline]').include('[data-testid=practice-history]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)

/** The emails the portal sent, as raw text (the demo's outgoing mail folder). */
const outbox = () => {
  const folder = path.join('.e2e', 'data', 'posta-in-uscita')
  return existsSync(folder) ? readdirSync(folder).map((name) => readFileSync(path.join(folder, name), 'utf8')) : []
}
/** Real files, as a citizen would have them: two PDFs and a photo. */
async function files() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'istanze-e2e-'))
  const pdf = async (name: string, text: string) => {
    const doc = await PDFDocument.create()
    doc.addPage().drawText(text, { x: 50, y: 700 })
    writeFileSync(path.join(dir, name), await doc.save())
    return path.join(dir, name)
  }
  const photo = path.join(dir, 'fototessera.jpg')
  writeFileSync(photo, await sharp({ create: { width: 350, height: 450, channels: 3, background: '#b08d70' } }).jpeg().toBuffer())
  return { certificate: await pdf('certificato-asl.pdf', 'Verbale di invalidita (prova)'), identity: await pdf('carta-identita.pdf', 'Carta di identita (prova)'), photo, answer: await pdf('certificato-aggiornato.pdf', 'Certificato aggiornato (prova)') }
}

test('a citizen applies online and the responsible office processes the application to a decision', async ({ page, browser, request }) => {
  test.setTimeout(240_000)
  const f = await files()
  // Another device: a browser context of its own, as the portal's pages expect.
  const device = async () => (await browser.newContext({ baseURL: e2e.publicUrl, locale: 'it-IT', timezoneId: 'Europe/Rome' })).newPage()
  const stamp = Date.now()
  const operator = { email: `mobilita-${stamp}@comune.brindisi.example`, password: 'operatrice-password-lunga', name: 'Operatrice Mobilità', roles: ['operator'], offices: [await officeId(request, 'mobilita-e-traffico')] }
  const outsider = { email: `tributi-${stamp}@comune.brindisi.example`, password: 'operatore-password-lunga', name: 'Operatore Tributi', roles: ['operator'], offices: [await officeId(request, 'tributi')] }
  await createStaffAccount(request, operator)
  await createStaffAccount(request, outsider)

  // The citizen starts from the service page, fills the first steps and saves a draft.
  await new Desk(page).logInWithSpid(rosa)
  await page.goto(`/servizi/${service.slug}/`)
  await page.getByRole('link', { name: 'Presenta la domanda' }).click()
  const form = new PracticeForm(page)
  await expect(form.stepHeading('Informativa sulla privacy')).toBeVisible()
  const id = await form.practiceId()
  expect(await axe(page)).toEqual([])
  await form.acceptPrivacy()
  await form.next()
  await expect(form.field('Codice fiscale')).toHaveValue(rosa)
  await form.fill('Telefono', '+39 320 1234567')
  await form.next()
  await form.fill('Che cosa chiedi?', 'Rinnovo')
  await expect(form.field('Numero del contrassegno attuale')).toBeVisible()
  await form.fill('Che cosa chiedi?', 'Primo rilascio')
  await expect(form.field('Numero del contrassegno attuale')).toBeHidden()
  await form.fill('Durata', 'Permanente (valido 5 anni)')
  await form.fill('Come vuoi ricevere il contrassegno?', 'Lo ritiro all’ufficio Mobilità')
  await form.saveDraft()

  // Later, on another device: the draft is in "Le mie pratiche" and opens at the step where it stopped,
  // with the answers and the privacy acceptance kept (and its date shown).
  const later = await device()
  await new Desk(later).logInWithSpid(rosa)
  const desk = new DeskPractices(later)
  await desk.open()
  await desk.continueDraft(service.title)
  const again = new PracticeForm(later)
  await expect(again.position()).toContainText('Passo 3 di 5')
  expect(await again.practiceId()).toBe(id)
  await expect(later.getByLabel('Permanente (valido 5 anni)')).toBeChecked()
  await expect(again.field('Come vuoi ricevere il contrassegno?').or(later.getByRole('group', { name: /Come vuoi ricevere il contrassegno/ })).first()).toBeVisible()
  await again.back()
  await again.back()
  await expect(again.field('Ho letto e compreso l’informativa sulla privacy')).toBeChecked()
  await expect(later.getByText(/Hai accettato l’informativa il .+, ore \d{2}:\d{2}\./)).toBeVisible()
  await again.next()
  await again.next()
  await again.next()
  await again.attach('Certificato medico-legale dell’ASL o verbale di invalidità', f.certificate)
  await again.attach('Fototessera recente del titolare', f.photo)
  await again.attach('Documento d’identità del titolare', f.identity)
  expect(await axe(later)).toEqual([])
  await again.next()
  await expect(later.getByRole('region', { name: 'Riepilogo' }).getByRole('listitem').filter({ hasText: 'certificato-asl.pdf' })).toBeVisible()
  expect(await axe(later)).toEqual([])
  await again.submit()
  const protocol = await again.protocolNumber()
  expect(protocol).toMatch(/^\d{4}\/\d{6}$/)
  const receipt = await again.downloadReceipt()
  expect(readFileSync(await receipt.path()).subarray(0, 5).toString()).toBe('%PDF-')
  expect(await axe(later)).toEqual([])

  // The responsible office takes it in hand and asks for a document.
  const office = await device()
  await new AdminPanel(office).login(operator.email, operator.password)
  const backOffice = new PracticeDesk(office)
  await backOffice.open(id)
  await expect(office.getByText(protocol).first()).toBeVisible()
  // The evidence of consent: when the citizen accepted the privacy notice.
  await expect(office.locator('.field-type', { hasText: 'Informativa privacy accettata il' }).locator('input')).toHaveValue(/^\d{1,2} [a-z]+ \d{4}, \d{2}:\d{2}$/)
  await backOffice.takeCharge()
  await expect(backOffice.status()).toContainText('In lavorazione')
  await expect(backOffice.deadline()).toContainText('Termine: 30 giorni di calendario · Scade il')
  await backOffice.note('Verificare la data del verbale')
  // Asking for documents without saying which: refused, in Italian, right under the action.
  const ask = await backOffice.perform('Chiedi integrazioni', 'Chiedi integrazioni', '')
  await expect(ask.getByRole('alert')).toHaveText('Scrivi al cittadino quali documenti o informazioni servono.')
  await expect(backOffice.status()).toContainText('In lavorazione')
  await backOffice.perform('Chiedi integrazioni', 'Chiedi integrazioni', 'Il verbale allegato è scaduto: carica il certificato aggiornato.')
  // The page shows the new status and the suspended term at once, without a reload.
  await expect(backOffice.status()).toContainText('In attesa di integrazioni')
  await expect(backOffice.deadline()).toContainText('Sospeso dal')
  await expect(backOffice.deadline()).toContainText('Sospesa')
  expect(await backOfficeAxe(office)).toEqual([])
  // The list of applications says so too, beside the due date.
  await office.goto(`${e2e.adminUrl}/admin/collections/practices`)
  await expect(office.locator('tr', { hasText: protocol })).toContainText('Sospesa')

  // The citizen sees the request, in the desk's messages and on the practice page, and answers it.
  const detail = new PracticeDetail(later)
  await detail.open(id)
  await expect(detail.status()).toContainText('In attesa di integrazioni')
  await expect(detail.request()).toContainText('carica il certificato aggiornato')
  await expect(detail.timeline()).not.toContainText('Verificare la data del verbale')
  expect(await axe(later)).toEqual([])
  await detail.answerRequest('Ecco il certificato aggiornato.', [f.answer])
  await expect(detail.status()).toContainText('In lavorazione')
  const messages = await desk.openMessages()
  await expect(messages).toContainText(`Servono integrazioni per la pratica ${protocol}`)
  // …and by email, through the demo's local SMTP server (which keeps what it receives as .eml files).
  await expect.poll(() => outbox().some((mail) => mail.includes(`Servono integrazioni per la pratica ${protocol}`))).toBe(true)

  // The office accepts it; the citizen sees every step.
  await backOffice.open(id)
  await expect(office.getByText('certificato-aggiornato.pdf').first()).toBeVisible()
  // The answer restarted the term: no longer suspended, the days it waited counted.
  await expect(backOffice.deadline()).not.toContainText('Sospeso dal')
  await expect(backOffice.deadline()).toContainText('Scade il')
  await backOffice.perform('Accogli la domanda', 'Accogli', 'Il contrassegno è pronto: puoi ritirarlo allo sportello Mobilità.')
  await expect(backOffice.status()).toContainText('Accolta')
  await expect(backOffice.deadline()).toContainText('nei termini')
  for (const step of ['ha presentato la domanda', 'Presa in carico da Operatrice Mobilità', 'Nota interna', 'ha chiesto integrazioni al cittadino', 'ha inviato le integrazioni', 'da «In lavorazione» ad «Accolta»']) await expect(backOffice.history()).toContainText(step)
  await detail.open(id)
  await expect(detail.status()).toContainText('Accolta')
  for (const step of ['Domanda presentata', 'Stato: In lavorazione', 'L’ufficio chiede integrazioni', 'Integrazioni inviate', 'Stato: Accolta']) await expect(detail.timeline()).toContainText(step)
  await expect(detail.timeline()).toContainText('puoi ritirarlo allo sportello Mobilità')

  // An operator of another office cannot see it, neither in the admin nor through the API.
  const token = await staffToken(request, outsider.email, outsider.password)
  expect((await request.get(`${e2e.adminUrl}/api/practices/${id}`, { headers: { Authorization: `JWT ${token}` } })).ok()).toBe(false)
  const list = await request.get(`${e2e.adminUrl}/api/practices?limit=100`, { headers: { Authorization: `JWT ${token}` } })
  expect(((await list.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)).not.toContain(id)
  const foreign = await device()
  await new AdminPanel(foreign).login(outsider.email, outsider.password)
  await foreign.goto(`${e2e.adminUrl}/admin/collections/practices`)
  await expect(foreign.getByText(protocol)).toHaveCount(0)
})

test('an application with a fee asks for payment through pagoPA before it can be submitted', async ({ page }) => {
  test.setTimeout(180_000)
  const f = await files()
  await new Desk(page).logInWithSpid('PLMCSM58A30B180Q')
  const form = new PracticeForm(page)
  await page.goto('/area-personale/domanda/?servizio=occupazione-suolo-pubblico')
  await expect(form.stepHeading('Informativa sulla privacy')).toBeVisible()
  const id = await form.practiceId()
  await form.acceptPrivacy()
  await form.next()
  await form.fill('Telefono', '+39 331 7654321')
  await form.fill('Presenti la domanda', 'A titolo personale')
  await form.next()
  await form.fill('Motivo dell’occupazione', 'Trasloco o carico e scarico')
  await form.fill('Descrivi l’occupazione', 'Furgone per il trasloco davanti al portone.')
  await form.fill('Luogo esatto', 'Corso Garibaldi 20')
  await form.fill('Lunghezza dell’area (metri)', '8')
  await form.fill('Larghezza dell’area (metri)', '2,5')
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)
  const dayBefore = new Date(Date.now() + 19 * 86_400_000).toISOString().slice(0, 10)
  await form.fill('Dal giorno', day)
  // A cross-field rule of the form: the end is not before the start, checked before the step is left.
  await form.fill('Al giorno', dayBefore)
  await form.next()
  await expect(form.errorSummary()).toContainText('“Al giorno” deve essere uguale o successiva a “Dal giorno”.')
  await expect(form.position()).toContainText('Passo 3 di 5')
  await form.fill('Al giorno', day)
  await form.next()
  await form.attach('Planimetria o schizzo quotato dell’area', f.certificate)
  await form.attach('Documento d’identità', f.identity)
  await form.next()

  // The summary says what to pay — the fees and the marca da bollo the service page names, as two
  // lines of one pagoPA payment; sending now is refused until pagoPA's receipt has come.
  await expect(page.getByText(/Prima di inviare la domanda paga 41,00\s€/)).toBeVisible()
  await expect(page.getByText(/^Diritti: 25,00\s€$/)).toBeVisible()
  await expect(page.getByText(/^Marca da bollo digitale: 16,00\s€$/)).toBeVisible()
  expect(await axe(page)).toEqual([])
  await page.getByRole('button', { name: 'Invia la domanda' }).click()
  await expect(page.getByText(/Prima di presentare la domanda paga 41,00\s€/).first()).toBeVisible()
  await page.getByRole('button', { name: 'Paga con pagoPA' }).click()
  await expect(page).toHaveURL(new RegExp(`^${e2e.pagopaUrl}/checkout/carrello/`))
  // pagoPA received the notice as two transfers: the Comune's fees and the marca da bollo digitale.
  await expect(page.getByText('Marca da bollo digitale: 16,00 €')).toBeVisible()
  await expect(page.getByText('Diritti di istruttoria e marca da bollo per l’occupazione di suolo pubblico: 25,00 €')).toBeVisible()
  await page.getByRole('button', { name: 'Paga 41,00 €' }).click()
  await expect(page.getByRole('heading', { name: 'Pagamento riuscito' })).toBeVisible()
  await page.getByRole('link', { name: 'Torna alla domanda' }).click()

  // Back from pagoPA, the application opens where the citizen left it: the summary, privacy kept.
  const again = new PracticeForm(page)
  await expect(again.position()).toContainText('Passo 5 di 5')
  await expect(again.stepHeading('Riepilogo')).toBeVisible()
  expect(await again.practiceId()).toBe(id)
  await expect(page.getByText(/Pagato con pagoPA: 41,00\s€/)).toBeVisible()
  await again.submit()
  expect(await again.protocolNumber()).toMatch(/^\d{4}\/\d{6}$/)
})
