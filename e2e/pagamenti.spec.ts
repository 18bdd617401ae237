import { readFileSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { e2e } from '../playwright.config'
import { AdminPanel, createStaffAccount } from './pages/AdminPanel'
import { Desk } from './pages/Desk'
import { adminToken, createPosition, PaymentsTab } from './pages/Payments'

const giovanna = { fiscalCode: 'CPTGNN85C54B180W', name: 'Giovanna Caputo' }
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)

test('a citizen sees a position, downloads the notice, pays through pagoPA and gets the receipt', async ({ page, request }) => {
  const reason = `Mensa scolastica novembre ${Date.now()}`
  const position = await createPosition(request, { reason, amountCents: 4560, debtorFiscalCode: giovanna.fiscalCode, debtorName: giovanna.name })

  await new Desk(page).logInWithSpid(giovanna.fiscalCode)
  const payments = new PaymentsTab(page)
  await payments.open()
  const card = payments.card(reason)
  await expect(card).toContainText('45,60')
  await expect(card).toContainText('Da pagare')
  await expect(card).toContainText(position.noticeCode)
  expect(await axe(page)).toEqual([])

  const noticeDownload = page.waitForEvent('download')
  await card.getByRole('link', { name: 'Scarica l’avviso di pagamento (PDF)' }).click()
  const notice = await noticeDownload
  expect(notice.suggestedFilename()).toBe(`avviso-${position.noticeCode}.pdf`)
  expect(readFileSync(await notice.path()).subarray(0, 5).toString()).toBe('%PDF-')

  await card.getByRole('button', { name: 'Paga ora' }).click()
  await expect(page).toHaveURL(new RegExp(`^${e2e.pagopaUrl}/checkout/carrello/`))
  await expect(page.getByText('AMBIENTE DI PROVA')).toBeVisible()
  await page.getByRole('button', { name: 'Paga 45,60 €' }).click()

  await expect(page).toHaveURL(/\/area-personale\/pagamento\/\?posizione=\d+&esito=ok$/)
  await expect(page.getByRole('heading', { name: 'Pagamento riuscito' })).toBeVisible()
  expect(await axe(page)).toEqual([])
  const receiptDownload = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Scarica la ricevuta (PDF)' }).click()
  expect(readFileSync(await (await receiptDownload).path()).subarray(0, 5).toString()).toBe('%PDF-')

  await page.getByRole('link', { name: 'Torna ai tuoi pagamenti' }).click()
  await payments.open()
  await expect(payments.card(reason)).toContainText('Pagato')
  await expect(payments.card(reason).getByRole('button', { name: 'Paga ora' })).toHaveCount(0)
  await page.getByLabel('Mostra').selectOption('da-pagare')
  await expect(payments.card(reason)).toBeHidden()
  await page.getByLabel('Mostra').selectOption('pagata')
  await expect(payments.card(reason)).toBeVisible()

  // The back office exports it, paid.
  const csv = await request.get(`${e2e.adminUrl}/api/payment-positions/esporta.csv`, { headers: { Authorization: `JWT ${await adminToken(request)}` } })
  expect(csv.ok()).toBe(true)
  expect(await csv.text()).toMatch(new RegExp(`"${position.noticeCode}".*"Pagata"`))
})

test('cancelling at pagoPA brings the citizen back to a clear page and leaves the notice to pay', async ({ page, request }) => {
  const reason = `Diritti di segreteria ${Date.now()}`
  await createPosition(request, { reason, amountCents: 1600, debtorFiscalCode: giovanna.fiscalCode, debtorName: giovanna.name })
  await new Desk(page).logInWithSpid(giovanna.fiscalCode)
  const payments = new PaymentsTab(page)
  await payments.open()
  await payments.card(reason).getByRole('button', { name: 'Paga ora' }).click()
  await page.getByRole('button', { name: 'Annulla il pagamento' }).click()
  await expect(page.getByRole('heading', { name: 'Pagamento annullato' })).toBeVisible()
  await page.getByRole('link', { name: 'Torna ai tuoi pagamenti' }).click()
  await payments.open()
  await expect(payments.card(reason)).toContainText('Da pagare')
})

test('the back office shows totals, imports a CSV all or nothing and points to receipts to reconcile', async ({ page, request }) => {
  const token = await adminToken(request)
  const headers = { Authorization: `JWT ${token}`, 'content-type': 'text/csv' }
  const office = ((await (await request.get(`${e2e.adminUrl}/api/offices?limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: { id: number }[] }).docs[0]!
  const header = 'codice_fiscale;nominativo;causale;importo;scadenza'
  const bad = await request.post(`${e2e.adminUrl}/api/payment-positions/importa?ufficio=${office.id}`, {
    headers, data: `${header}\n${giovanna.fiscalCode};${giovanna.name};Mensa dicembre;45,60;31/12/2026\nXYZ;Mario Rossi;Mensa dicembre;dieci;31/12/2026\n`,
  })
  expect(bad.status()).toBe(422)
  expect(((await bad.json()) as { righe: unknown[] }).righe).toEqual([{ line: 3, message: 'Codice fiscale non valido: «XYZ».' }])
  const good = await request.post(`${e2e.adminUrl}/api/payment-positions/importa?ufficio=${office.id}`, {
    headers, data: `${header}\n${giovanna.fiscalCode};${giovanna.name};Mensa dicembre;45,60;31/12/2026\n`,
  })
  expect(good.status()).toBe(201)
  expect(((await good.json()) as { imported: number }).imported).toBe(1)

  await new AdminPanel(page).login(e2e.adminEmail, e2e.adminPassword)
  await page.goto(`${e2e.adminUrl}/admin/collections/payment-positions`)
  await expect(page.getByRole('heading', { name: 'Totali delle posizioni in elenco' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Esporta in CSV le posizioni in elenco' })).toBeVisible()

  // The same import from the admin's own form: a bad file is refused with its line numbers, a good one imported.
  const upload = async (content: string) => {
    await page.getByLabel('File CSV', { exact: true }).setInputFiles({ name: 'mensa.csv', mimeType: 'text/csv', buffer: Buffer.from(content) })
    await page.getByRole('button', { name: 'Importa', exact: true }).click()
  }
  await upload(`${header}\n${giovanna.fiscalCode};${giovanna.name};Mensa gennaio;45,60;31/01/2027\n${giovanna.fiscalCode};${giovanna.name};Mensa gennaio;gratis;31/01/2027\n`)
  await expect(page.getByRole('alert').filter({ hasText: 'Riga 3: Importo non valido: «gratis»' })).toBeVisible()
  await upload(`${header}\n${giovanna.fiscalCode};${giovanna.name};Mensa gennaio;45,60;31/01/2027\n`)
  await expect(page.getByText('1 posizioni importate.')).toBeVisible()
  await page.goto(`${e2e.adminUrl}/admin/collections/payment-receipts`)
  await expect(page.getByRole('status').filter({ hasText: /da riconciliare/ })).toBeVisible()
})

test('a clerk changes a position only through named actions, each in the payments trail; REST writes are refused', async ({ page, request }) => {
  const reason = `Trasporto scolastico ${Date.now()}`
  const position = await createPosition(request, { reason, amountCents: 4000, debtorFiscalCode: giovanna.fiscalCode, debtorName: giovanna.name })
  const token = await adminToken(request)
  const office = ((await (await request.get(`${e2e.adminUrl}/api/payment-positions/${position.id}?depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { office: number }).office
  const clerk = { email: `cassiera-${Date.now()}@comune.brindisi.example`, password: 'Colonne-Romane-Brindisi-7', name: 'Rita Cassiera', roles: ['operator'], offices: [office] }
  await createStaffAccount(request, clerk)

  // Over REST, the clerk cannot mark it paid or change the amount.
  const clerkLogin = await request.post(`${e2e.adminUrl}/api/users/login`, { data: { email: clerk.email, password: clerk.password } })
  const clerkToken = ((await clerkLogin.json()) as { token: string }).token
  const patch = await request.patch(`${e2e.adminUrl}/api/payment-positions/${position.id}`, { data: { status: 'pagata', amountCents: 1 }, headers: { Authorization: `JWT ${clerkToken}` } })
  expect(patch.status()).toBe(403)

  await new AdminPanel(page).login(clerk.email, clerk.password)
  await page.goto(`${e2e.adminUrl}/admin/collections/payment-positions/${position.id}`)
  const correct = page.getByRole('group', { name: 'Correggi importo o scadenza' })
  await correct.getByLabel('Motivo della correzione').fill('Riduzione per ISEE')
  await correct.getByRole('button', { name: 'Correggi' }).click()
  await expect(correct.getByRole('alert')).toHaveText('Indica il nuovo importo o la nuova scadenza.')
  await correct.getByLabel('Nuovo importo in centesimi').fill('3000')
  await correct.getByRole('button', { name: 'Correggi' }).click()
  await expect(correct.getByRole('status')).toContainText('registro dei pagamenti')
  await page.reload()
  await expect(page.getByLabel('Importo in centesimi di euro')).toHaveValue('3000')

  const cancel = page.getByRole('group', { name: 'Annulla la posizione' })
  await cancel.getByLabel('Motivo dell’annullamento').fill('Emessa due volte')
  await cancel.getByRole('button', { name: 'Annulla la posizione' }).click()
  await expect(cancel.getByRole('status')).toContainText('registro dei pagamenti')

  // The administrator reads who did what, with the amount before and after.
  const trail = await request.get(`${e2e.adminUrl}/api/payment-events?where[position][equals]=${position.id}&sort=createdAt&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  const events = ((await trail.json()) as { docs: { action: string; actorLabel: string; reason: string | null; changes: { field: string; before: string; after: string }[] }[] }).docs
  expect(events.map((e) => e.action)).toEqual(['creata', 'corretta', 'annullata'])
  expect(events[1]).toMatchObject({ actorLabel: 'Rita Cassiera', reason: 'Riduzione per ISEE', changes: [{ field: 'Importo', before: '40,00 €', after: '30,00 €' }] })
  expect(events[2]).toMatchObject({ actorLabel: 'Rita Cassiera', reason: 'Emessa due volte' })
})
