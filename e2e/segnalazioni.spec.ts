import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'

import { emailTo, linkIn } from './pages/Booking'
import { Desk } from './pages/Desk'
import { watchContext, type Watched } from './pages/offSiteWatch'
import { NewReport, PublicReports, photoWithGps, storedPhotosSince } from './pages/Reports'

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
const clean = (seen: Watched) => expect({ offsite: seen.offsite, violations: seen.violations }).toEqual({ offsite: [], violations: [] })
const francesca = { fiscalCode: 'LEOFNC90L61E506F', givenName: 'Francesca', familyName: 'Leo' }
// Where the photo was taken: a few metres from Corso Garibaldi's point in the street list.
const shot = { latitude: 40.63708, longitude: 17.94333 }

test('a guest reports a street light with a located photo, confirms by email; another citizen follows it instead of duplicating, in the desk, list and map', async ({ page, context, browser }) => {
  test.setTimeout(300_000)
  const seen = watchContext(context)
  const started = Date.now()
  const email = `lampione-${started}@esempio.it`
  const flow = new NewReport(page)
  const reports = new PublicReports(page)

  // From the service page's "Accedi al servizio" to the first step, without logging in.
  await page.goto('/servizi/segnalazione-disservizio/')
  await page.locator('[data-element="service-online-access"]').getByRole('link', { name: 'Accedi al servizio online' }).click()
  await expect(page).toHaveURL(/\/segnalazioni\/nuova\/$/)
  await flow.expectStep('Categoria e luogo')
  expect(await axe(page)).toEqual([])

  // Nothing chosen: the messages next to the fields and in the focused summary.
  await flow.next()
  await expect(page.locator('#segnala-errori')).toBeFocused()
  await expect(page.locator('#segnala-categoria-errore')).toHaveText('Scegli la categoria del problema.')
  await expect(page.locator('#segnala-via-errore')).toContainText('Indica dove si trova il problema')
  expect(await axe(page)).toEqual([])
  await flow.place('Illuminazione pubblica', 'Corso Garibaldi', '10')
  await flow.sayDifferentIfAsked()
  expect(await axe(page)).toEqual([])

  // Dettagli: a photo whose GPS places the report, accepted; name, email, privacy.
  await flow.fill('Titolo', 'Lampione spento')
  await flow.fill('Descrizione', 'Il lampione davanti al civico 10 è spento da una settimana: la sera il marciapiede è buio.')
  await flow.attach([{ name: 'lampione.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps(shot.latitude, shot.longitude) }])
  await expect(page.locator('#segnala-foto-elenco')).toContainText('lampione.jpg')
  await page.locator('label[for="segnala-usaFoto"]').click()
  await expect(page.getByLabel('Usa la posizione registrata nella foto')).toBeChecked()
  await flow.fill('Nome e cognome', 'Anna Bianchi')
  await flow.fill('Email', email)
  await page.locator('label[for="segnala-privacy"]').click()
  expect(await axe(page)).toEqual([])
  await flow.send()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controlla la tua email')
  await expect(page.getByText(`Ti abbiamo mandato un’email a ${email}`)).toBeVisible()
  expect(await axe(page)).toEqual([])

  // The stored copy of the photo is a new JPEG: no EXIF, no GPS.
  const stored = storedPhotosSince(started)
  expect(stored.length).toBeGreaterThan(0)
  for (const file of stored) {
    const meta = await sharp(file).metadata()
    expect({ format: meta.format, exif: meta.exif ?? null }).toEqual({ format: 'jpeg', exif: null })
  }

  // The email's link publishes the report.
  await expect.poll(async () => Boolean(await emailTo(email, '/segnalazioni/conferma/')), { timeout: 30_000 }).toBe(true)
  await page.goto(linkIn((await emailTo(email, '/segnalazioni/conferma/'))!, '/segnalazioni/conferma/')!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Segnalazione pubblicata')
  const code = (await page.getByTestId('codice').textContent())!.trim()
  expect(code).toMatch(/^SEG-\d{4}-/)
  expect(await axe(page)).toEqual([])

  // The public page: category, state, the photo's place, the text waiting for moderation; no photo public yet.
  await page.getByRole('link', { name: 'Vai alla pagina pubblica della segnalazione' }).click()
  await expect(page).toHaveURL(new RegExp(`/segnalazioni/${code}/$`))
  await expect(reports.field('categoria')).toHaveText('Illuminazione pubblica')
  await expect(reports.field('stato')).toHaveText('Ricevuta')
  await expect(reports.field('coordinate')).toHaveText(/^40\.637\d*, 17\.943\d*$/)
  await expect(reports.field('testo')).toContainText('Testo in verifica')
  await expect(page.getByText('Anna Bianchi')).toHaveCount(0)
  expect((await page.request.get(`/api/segnalazioni/${code}/foto/1`)).status()).toBe(404)
  expect(await axe(page)).toEqual([])

  // Francesca, logged in, starts the same report: "Già segnalato?" offers this one, and she follows it.
  // She places it with her phone's position (the map island; the page allows geolocation for itself only).
  const other = await browser.newContext({ geolocation: { latitude: 40.6372, longitude: 17.9432 }, permissions: ['geolocation'], locale: 'it-IT', timezoneId: 'Europe/Rome' })
  const seenOther = watchContext(other)
  const francescaPage = await other.newPage()
  await new Desk(francescaPage).logInWithSpid(francesca.fiscalCode)
  const second = new NewReport(francescaPage)
  await second.open()
  await second.choose(/Illuminazione pubblica/)
  await francescaPage.getByRole('button', { name: 'Usa la mia posizione' }).click()
  await expect(francescaPage.locator('#segnala-posizione-stato')).toHaveText('Posizione del dispositivo impostata.')
  await second.next()
  await second.expectStep('Già segnalato?')
  await expect(second.nearby(code)).toContainText(code)
  expect(await axe(francescaPage)).toEqual([])
  await second.nearby(code).getByRole('link', { name: /Segui questa segnalazione/ }).click()
  await expect(francescaPage).toHaveURL(new RegExp(`/segnalazioni/${code}/#segui$`))
  await francescaPage.getByRole('button', { name: 'Segui con un clic' }).click()
  await expect(francescaPage.getByText('Ora segui questa segnalazione')).toBeVisible()
  expect(await axe(francescaPage)).toEqual([])

  // Her desk lists it under Segnalazioni.
  await francescaPage.goto('/area-personale/')
  const desk = new Desk(francescaPage)
  await desk.tab('Segnalazioni').click()
  const mine = francescaPage.getByRole('tabpanel', { name: 'Segnalazioni' }).getByTestId('segnalazione').filter({ hasText: code })
  await expect(mine).toContainText('Ricevuta')
  expect(await axe(francescaPage)).toEqual([])

  // She asks the URP for help, pre-filled from SPID, and finds the request in the desk.
  await francescaPage.goto('/richiedi-assistenza/')
  await expect(francescaPage.getByLabel('Nome e cognome')).toHaveValue('Francesca Leo')
  await francescaPage.getByLabel(/^Argomento/).selectOption({ label: 'Pagamenti' })
  await francescaPage.getByLabel(/^La tua richiesta/).fill('Non trovo la ricevuta del pagamento della mensa di ottobre.')
  expect(await axe(francescaPage)).toEqual([])
  await francescaPage.getByRole('button', { name: 'Invia la richiesta' }).click()
  await expect(francescaPage.getByRole('heading', { level: 1 })).toHaveText('Richiesta inviata')
  const request = (await francescaPage.getByTestId('codice').textContent())!.trim()
  expect(request).toMatch(/^ASS-\d{4}-/)
  expect(await axe(francescaPage)).toEqual([])
  await francescaPage.goto('/area-personale/')
  await desk.tab('Assistenza').click()
  await expect(francescaPage.getByRole('tabpanel', { name: 'Assistenza' }).getByTestId('richiesta-assistenza').filter({ hasText: request })).toContainText('Pagamenti')
  await other.close()
  clean(seenOther)

  // The public list and map show it, filtered by category; the marker opens from the keyboard.
  await page.goto('/segnalazioni/?categoria=illuminazione')
  // Until the office approves the text, the list shows the category as the title.
  await expect(reports.listItem(code)).toContainText('Ricevuta')
  await expect(page.getByTestId('conteggio')).toContainText('segnalazion')
  const marker = reports.marker(code)
  await expect(marker).toBeVisible()
  await marker.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.leaflet-popup')).toContainText(code)
  await expect(page.locator('.leaflet-popup').getByRole('link')).toHaveAttribute('href', `/segnalazioni/${code}/`)
  expect(await axe(page)).toEqual([])
  clean(seen)
})

test('a guest asks for assistance without logging in and gets the receipt; bad input is refused in Italian', async ({ page, context }) => {
  const seen = watchContext(context)
  await page.goto('/assistenza/')
  await page.locator('main a[href="/richiedi-assistenza/"]').first().click()
  await expect(page).toHaveURL(/\/richiedi-assistenza\/$/)
  expect(await axe(page)).toEqual([])
  await page.getByLabel(/^Email/).fill('non-è-una-email')
  await page.getByRole('button', { name: 'Invia la richiesta' }).click()
  await expect(page.locator('#assistenza-errori')).toBeFocused()
  await expect(page.locator('#assistenza-email-errore')).toContainText('indirizzo email valido')
  await expect(page.locator('#assistenza-argomento-errore')).toHaveText('Scegli l’argomento della richiesta.')
  expect(await axe(page)).toEqual([])
  await page.getByLabel(/^Nome e cognome/).fill('Luca Verdi')
  await page.getByLabel(/^Email/).fill(`assistenza-${Date.now()}@esempio.it`)
  await page.getByLabel(/^Argomento/).selectOption({ label: 'Uso dei servizi online' })
  await page.getByLabel(/^Servizio a cui si riferisce/).selectOption({ label: 'Segnalazione di disservizio' })
  await page.getByLabel(/^La tua richiesta/).fill('Non riesco ad allegare la foto dal telefono.')
  await page.getByRole('button', { name: 'Invia la richiesta' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Richiesta inviata')
  await expect(page.getByTestId('codice')).toHaveText(/^ASS-\d{4}-/)
  expect(await axe(page)).toEqual([])
  clean(seen)
})
