import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Download, type Page } from '@playwright/test'

import { pdfToLines } from '../cms/testing/pdfText'
import { e2e } from '../playwright.config'
import { CertificatesPage, DocumentsTab } from './pages/Certificates'
import { CitizenApi } from './pages/CitizenApi'
import { Desk } from './pages/Desk'
import { watchContext, type Watched } from './pages/offSiteWatch'

const giovanna = { fiscalCode: 'CPTGNN85C54B180W', name: 'Giovanna Caputo' }
const marco = { fiscalCode: 'VLNMRC79H03B180T', name: 'Marco Valente' }
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)

type Verification = { code: string; outcome: string; typeLabel: string | null; sha256: string | null; testSeal: boolean }
type Saved = { bytes: Buffer; filename: string; sha256: string }

/** A browser of its own for each citizen, every off-site request blocked and every console error kept. */
async function citizenPage(browser: Browser, seen: Watched): Promise<Page> {
  const context = await browser.newContext({ baseURL: e2e.publicUrl, locale: 'it-IT', timezoneId: 'Europe/Rome', acceptDownloads: true })
  watchContext(context, seen)
  return context.newPage()
}

async function saved(download: Download): Promise<Saved> {
  const bytes = readFileSync((await download.path())!)
  return { bytes, filename: download.suggestedFilename(), sha256: createHash('sha256').update(bytes).digest('hex') }
}

const pdfText = async (bytes: Buffer) => (await pdfToLines(new Uint8Array(bytes))).lines.join(' ').replace(/\s+/g, ' ').toLowerCase()

/** The public verification page of a certificate (the QR's address) says it is valid and shows the file's SHA-256. */
async function checkVerification(page: Page, verifyUrl: string, file: Saved, typeLabel: RegExp): Promise<void> {
  const code = new URL(verifyUrl, e2e.publicUrl).searchParams.get('codice')!
  const api = await page.request.get(`/api/certificati/verifica/${encodeURIComponent(code)}`)
  expect(api.status()).toBe(200)
  const verification = (await api.json()) as Verification
  expect(verification).toMatchObject({ code, outcome: 'valido', sha256: file.sha256, testSeal: true })
  expect(verification.typeLabel).toMatch(typeLabel)
  await page.goto(verifyUrl)
  const main = page.getByRole('main')
  await expect(main).toContainText(code)
  await expect(page.getByRole('heading', { name: 'Certificato valido' })).toBeVisible()
  await expect(main).not.toContainText(/revocato/i)
  await expect(main).toContainText('Sigillo di PROVA')
  await expect(main).toContainText(file.sha256)
  expect(await axe(page)).toEqual([])
}

test('Giovanna asks a stato di famiglia in exemption and downloads it; Marco pays the bollo with pagoPA first; both verify; Documenti keeps them', async ({ browser }) => {
  test.setTimeout(240_000)
  const seen: Watched = { offsite: [], errors: [], violations: [] }

  // Logged out, the page offers the desk's SPID/CIE login and brings the citizen back to it.
  const page = await citizenPage(browser, seen)
  const certificates = new CertificatesPage(page)
  await certificates.open()
  await expect(page.getByRole('link', { name: 'Entra con SPID' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Richiedi un certificato' })).toBeHidden()
  expect(await axe(page)).toEqual([])
  await page.getByRole('link', { name: 'Entra con SPID' }).click()
  await page.getByLabel(/codice fiscale/i).fill(giovanna.fiscalCode)
  await page.getByRole('button', { name: /^Entra$/ }).click()
  await expect(page).toHaveURL(/\/area-personale\/certificati\/$/)
  await expect(page.getByRole('heading', { name: 'Richiedi un certificato' })).toBeVisible()
  expect(await axe(page)).toEqual([])

  // The people are hers and her family's, each with the relation the registry gives.
  const people = await certificates.people()
  expect(people.find((p) => p.relation === 'titolare')?.fiscalCode).toBe(giovanna.fiscalCode)
  const daughter = people.find((p) => p.relation === 'familiare' && /figlia/i.test(p.relationLabel))
  expect(daughter, JSON.stringify(people)).toBeTruthy()
  await expect(certificates.group('Per chi').getByRole('radio')).toHaveCount(people.length)
  await expect(certificates.group('Per chi').getByRole('radio', { name: `${daughter!.name} (${daughter!.relationLabel})` })).toBeVisible()

  // Sending nothing: one message per missing choice, in the summary and next to the group.
  await certificates.submit()
  const errors = page.getByRole('alert').filter({ hasText: 'Controlla i campi indicati' })
  await expect(errors).toBeFocused()
  await expect(errors.getByRole('link')).toHaveText(['Scegli per chi chiedi il certificato.', 'Scegli il tipo di certificato.', 'Scegli l’uso del certificato: con marca da bollo o in esenzione.'])
  await expect(certificates.group('Tipo di certificato').getByRole('radio').first()).toHaveAttribute('aria-invalid', 'true')
  expect(await axe(page)).toEqual([])

  // The exempt use shows the office's list of exemptions with their legal reference.
  const exemption = page.getByLabel('Motivo dell’esenzione')
  await expect(exemption).toBeHidden()
  await certificates.choose({ person: giovanna.name, type: 'Certificato di stato di famiglia', use: 'esente' })
  await expect(exemption).toBeVisible()
  await certificates.submit()
  await expect(errors.getByRole('link')).toHaveText(['Scegli il motivo dell’esenzione dall’imposta di bollo.'])
  await expect(exemption).toHaveAttribute('aria-invalid', 'true')
  await certificates.choose({ person: giovanna.name, type: 'Certificato di stato di famiglia', use: 'esente', exemption: 'Iscrizione scolastica' })
  await expect(page.getByText('Riferimento normativo: Art. 11, Tabella B, D.P.R. 642/1972.')).toBeVisible()
  await expect(certificates.summary()).toContainText('Totale da pagare')
  await expect(certificates.summary()).toContainText('gratuito')
  expect(await axe(page)).toEqual([])

  // The self-declaration for the same person and type: free, downloaded at once.
  const self = await saved(await certificates.download(page.getByRole('link', { name: 'Scarica l’autocertificazione (PDF)' })))
  expect(self.bytes.subarray(0, 5).toString()).toBe('%PDF-')
  expect(await pdfText(self.bytes)).toContain('445/2000')

  // Issued at once: the alert takes the focus and offers the PDF.
  await certificates.submit()
  await expect(certificates.issued()).toBeFocused()
  expect(await axe(page)).toEqual([])
  const family = await saved(await certificates.download(certificates.issued().getByRole('link', { name: 'Scarica il certificato (PDF)' })))
  expect(family.filename).toMatch(/^certificato-stato-di-famiglia-[A-Za-z0-9-]+\.pdf$/)
  expect(family.bytes.subarray(0, 5).toString()).toBe('%PDF-')
  const familyText = await pdfText(family.bytes)
  for (const word of daughter!.name.toLowerCase().split(' ')) expect(familyText).toContain(word)
  const familyVerify = (await certificates.issued().getByRole('link', { name: 'Verifica il certificato' }).getAttribute('href'))!
  // The list below shows it first, marked as the one just asked for.
  const familyCard = certificates.list().filter({ hasText: 'Il certificato che hai richiesto' })
  await expect(familyCard).toHaveCount(1)
  await expect(certificates.list().first()).toHaveAttribute('aria-current', 'true')
  await expect(familyCard).toContainText('Certificato di stato di famiglia')
  await expect(familyCard).toContainText('Emesso')
  await expect(familyCard).toContainText('Iscrizione scolastica')
  await expect(familyCard.getByRole('link', { name: 'Scarica il certificato (PDF)' })).toBeVisible()
  const familyId = Number(await familyCard.getAttribute('data-certificate-id'))

  // Marco, another family: a residenza with the bollo, paid through the pagoPA stand-in.
  const marcoPage = await citizenPage(browser, seen)
  await new Desk(marcoPage).logInWithSpid(marco.fiscalCode)
  // From the desk's Documenti tab to the certificates page.
  const marcoDocuments = new DocumentsTab(marcoPage)
  await marcoDocuments.open()
  await marcoDocuments.panel().getByRole('link', { name: 'Richiedi un certificato' }).click()
  const marcoCertificates = new CertificatesPage(marcoPage)
  await expect(marcoPage).toHaveURL(/\/area-personale\/certificati\/$/)
  await marcoCertificates.choose({ person: marco.name, type: 'Certificato di residenza', use: 'bollo' })
  await expect(marcoCertificates.summary()).toContainText('16,00')
  await expect(marcoCertificates.summary()).toContainText('0,52')
  await expect(marcoCertificates.summary()).toContainText('16,52')
  await marcoCertificates.submit()
  await expect(marcoCertificates.toPay()).toBeFocused()
  await expect(marcoCertificates.toPay()).toContainText('16,52')
  const residenceCard = marcoCertificates.list().filter({ hasText: 'Il certificato che hai richiesto' })
  await expect(residenceCard).toContainText('Certificato di residenza')
  await expect(residenceCard).toContainText('Da pagare')
  await expect(residenceCard.getByRole('link', { name: 'Scarica il certificato (PDF)' })).toHaveCount(0)
  expect(await axe(marcoPage)).toEqual([])
  const residenceId = Number(await residenceCard.getAttribute('data-certificate-id'))

  // He cannot read or download Giovanna's certificate: it answers like a missing one.
  expect((await marcoPage.request.get(`/api/me/certificati/${familyId}`)).status()).toBe(404)
  expect((await marcoPage.request.get(`/api/me/certificati/${familyId}/certificato.pdf`)).status()).toBe(404)

  await marcoCertificates.toPay().getByRole('button', { name: 'Paga con pagoPA' }).click()
  await expect(marcoPage).toHaveURL(new RegExp(`^${e2e.pagopaUrl}/checkout/carrello/`))
  await marcoPage.getByRole('button', { name: 'Paga 16,52 €' }).click()
  await expect(marcoPage).toHaveURL(new RegExp(`/area-personale/pagamento/\\?posizione=\\d+&esito=ok&certificato=${residenceId}$`))
  await expect(marcoPage.getByRole('heading', { name: 'Pagamento riuscito' })).toBeVisible()
  expect(await axe(marcoPage)).toEqual([])
  await marcoPage.getByRole('link', { name: 'Torna al tuo certificato' }).click()
  await expect(marcoPage).toHaveURL(new RegExp(`/area-personale/certificati/\\?certificato=${residenceId}$`))
  await expect(marcoCertificates.issued()).toBeFocused()
  await expect(residenceCard).toHaveAttribute('data-certificate-id', String(residenceId))
  expect(await axe(marcoPage)).toEqual([])
  const residence = await saved(await marcoCertificates.download(marcoCertificates.issued().getByRole('link', { name: 'Scarica il certificato (PDF)' })))
  expect(residence.filename).toMatch(/^certificato-residenza-[A-Za-z0-9-]+\.pdf$/)
  expect(await pdfText(residence.bytes)).toContain('valente')
  await expect(residenceCard).toContainText('Emesso')
  const residenceVerify = (await marcoCertificates.issued().getByRole('link', { name: 'Verifica il certificato' }).getAttribute('href'))!

  // He applies online (access to records) to have an application receipt too: reports have their own pages now.
  const application = new CitizenApi(marcoPage)
  const draft = await application.start('accesso-agli-atti')
  const filled = await application.save(draft, { ...draft.data, accessType: 'civico-semplice', documents: 'Le delibere di giunta del 2025.', deliveryMethod: 'email' })
  const submitted = await application.submit(filled)
  expect(submitted.protocolNumber).toBeTruthy()

  // Documenti, newest first: the application's receipt, then his certificate and the bollo's receipt; nothing of Giovanna's.
  await marcoDocuments.open()
  const items = marcoDocuments.items()
  const residenceDocument = items.filter({ has: marcoPage.getByRole('link', { name: `Scarica ${residence.filename}` }) })
  await expect(residenceDocument).toHaveCount(1)
  await expect(residenceDocument).toContainText('Certificato')
  await expect(items.first()).toHaveAttribute('data-kind', 'ricevuta-domanda')
  await expect(marcoDocuments.panel().locator('[data-kind="ricevuta-pagamento"]')).not.toHaveCount(0)
  await expect(marcoDocuments.panel()).not.toContainText('stato di famiglia')
  expect(await axe(marcoPage)).toEqual([])
  const fromDocuments = await saved(await marcoCertificates.download(residenceDocument.getByRole('link')))
  expect(fromDocuments.filename).toBe(residence.filename)
  expect(fromDocuments.sha256).toBe(residence.sha256)
  const receipt = await saved(await marcoCertificates.download(items.first().getByRole('link')))
  expect(receipt.bytes.subarray(0, 5).toString()).toBe('%PDF-')
  expect(await pdfText(receipt.bytes)).toContain(submitted.protocolNumber!)

  // Giovanna's Documenti tab holds her certificate, the same file.
  const documents = new DocumentsTab(page)
  await documents.open()
  const familyDocument = documents.items().filter({ has: page.getByRole('link', { name: `Scarica ${family.filename}` }) })
  await expect(familyDocument).toHaveCount(1)
  expect((await saved(await certificates.download(familyDocument.getByRole('link')))).sha256).toBe(family.sha256)
  await expect(documents.panel()).not.toContainText(residence.filename)

  // The QR's page confirms both, with the SHA-256 of the very file downloaded.
  await checkVerification(page, familyVerify, family, /stato di famiglia/i)
  await checkVerification(marcoPage, residenceVerify, residence, /residenza/i)

  expect(seen.offsite).toEqual([])
  expect(seen.errors).toEqual([])
  expect(seen.violations).toEqual([])
})

test('the Certificati service leads to the desk (ANPR as the alternative); a citizen with nothing yet sees the empty states', async ({ browser }) => {
  const seen: Watched = { offsite: [], errors: [], violations: [] }
  const page = await citizenPage(browser, seen)
  await page.goto('/servizi/certificati-anagrafici/')
  await expect(page.getByRole('link', { name: 'Accedi al servizio online' })).toHaveAttribute('href', '/area-personale/certificati/')
  await expect(page.getByRole('main')).toContainText('ANPR')
  await expect(page.getByRole('main').getByRole('link', { name: 'certificati anagrafici dell’area personale' })).toHaveAttribute('href', '/area-personale/certificati/')
  await new Desk(page).logInWithSpid('CRLNTN72S02B180I')
  const documents = new DocumentsTab(page)
  await documents.open()
  await expect(documents.panel().getByText('Non ci sono ancora documenti')).toBeVisible()
  expect(await axe(page)).toEqual([])
  await documents.panel().getByRole('link', { name: 'Puoi richiedere un certificato anagrafico online' }).click()
  await expect(page).toHaveURL(/\/area-personale\/certificati\/$/)
  await expect(page.getByText('Non hai ancora richiesto certificati online')).toBeVisible()
  expect(await axe(page)).toEqual([])
  expect(seen).toEqual({ offsite: [], errors: [], violations: [] })
})
