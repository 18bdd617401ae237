import { expect, test } from '@playwright/test'

import { e2e } from '../playwright.config'
import { AdminPanel, createStaffAccount } from './pages/AdminPanel'
import { watchContext } from './pages/offSiteWatch'
import { firstDetailPath } from './pages/pageTypes'
import { PublicSite } from './pages/PublicSite'

test.describe('search: services first for their names and the synonyms editors keep', () => {
  const cases: [query: string, service: string | RegExp][] = [
    ['carta d’identità', '/servizi/carta-d-identita-elettronica/'],
    ["carta d'identità", '/servizi/carta-d-identita-elettronica/'],
    ['CIE', '/servizi/carta-d-identita-elettronica/'],
    ['residenza', '/servizi/cambio-di-residenza/'],
    ['tari', /^\/servizi\/(pagamento|dichiarazione)-tari\/$/],
    ['tassa rifiuti', '/servizi/pagamento-tari/'],
    ['mensa scolastica', '/servizi/iscrizione-mensa-scolastica/'],
    ['refezione', '/servizi/iscrizione-mensa-scolastica/'],
  ]

  for (const [query, service] of cases) {
    test(`“${query}” gives the service first`, async ({ page }) => {
      const results = await new PublicSite(page).search(query)
      await expect(results.first()).toBeVisible()
      const paths = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
      if (typeof service === 'string') expect(paths[0]).toBe(service)
      else expect(paths[0]).toMatch(service)
      // News, documents and regulations that mention it come after.
      expect(paths.length).toBeGreaterThan(1)
    })
  }
})

test('a synonym an editor adds to a service finds it first once published', async ({ page, request }) => {
  test.setTimeout(3 * 60_000)
  const stamp = Date.now().toString(36)
  const editor = { email: `redazione-sin-${stamp}@comune.brindisi.example`, password: 'redazione-password-lunga', name: 'Redattrice', roles: ['editor'] }
  await createStaffAccount(request, editor)
  await new AdminPanel(page).login(editor.email, editor.password)
  const found = await page.request.get(`${e2e.adminUrl}/api/services?where[slug][equals]=ritiro-rifiuti-ingombranti&depth=0`)
  const service = ((await found.json()) as { docs: { id: number; keywords?: string }[] }).docs[0]!
  await page.goto(`${e2e.adminUrl}/admin/collections/services/${service.id}`)
  await page.getByRole('button', { name: 'Altro', exact: true }).click()
  const synonyms = page.getByLabel('Sinonimi per la ricerca')
  await expect(synonyms).toHaveValue(service.keywords ?? '')
  const word = `sgombero${stamp}`
  await synonyms.fill(`${service.keywords ?? ''}, ${word}`)
  await page.getByRole('button', { name: /pubblica modifiche|publish changes/i }).click()
  await expect(page.getByText(/riuscit|aggiornat|pubblicat|success/i).first()).toBeVisible()

  const site = new PublicSite(page)
  await expect(async () => {
    const results = await site.search(word)
    await expect(results.first()).toBeVisible({ timeout: 2000 })
    expect(await results.first().evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe('/servizi/ritiro-rifiuti-ingombranti/')
  }).toPass({ timeout: 90_000, intervals: [1000, 2000] })
})

test('the feedback form thanks the citizen on the page itself', async ({ page }) => {
  await page.goto('/servizi/cambio-di-residenza/')
  const feedback = page.getByRole('form', { name: /Quanto sono chiare le informazioni/ })
  await feedback.locator('label', { hasText: 'Valuta 2 stelle su 5' }).click()
  await feedback.locator('.feedback-negative label').first().click()
  const sent = page.waitForResponse((r) => r.url().endsWith('/api/feedback') && r.request().method() === 'POST')
  await feedback.getByRole('button', { name: 'Invia' }).click()
  await sent
  await expect(page).toHaveURL(/\/servizi\/cambio-di-residenza\/$/)
  const thanks = page.getByRole('status').filter({ hasText: 'Grazie per il tuo parere' })
  await expect(thanks).toBeVisible()
  await expect(thanks).toBeFocused()
  await expect(feedback.getByRole('button', { name: 'Invia' })).toBeHidden()
})

test('a news item can be shared and printed, with nothing loaded from another host', async ({ browser }) => {
  const context = await browser.newContext()
  const seen = watchContext(context)
  const page = await context.newPage()
  const path = await firstDetailPath(page.request, '/notizie/', /^\/notizie\/[a-z0-9-]+\/$/)
  await page.goto(path!)
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim()
  const share = page.getByRole('complementary', { name: /Condividi/ })
  const pageUrl = encodeURIComponent(new URL(path!, page.url()).href)
  for (const network of ['Facebook', 'X', 'LinkedIn', 'WhatsApp', 'Telegram']) {
    const link = share.getByRole('link', { name: new RegExp(`Condividi su ${network}\\b`) })
    await expect(link).toHaveAttribute('href', new RegExp(`^https://[^/]+/.*${pageUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    await expect(link).toHaveAttribute('rel', /noopener/)
  }
  await expect(share.getByRole('link', { name: 'Invia per email' })).toHaveAttribute('href', `mailto:?subject=${encodeURIComponent(title)}&body=${pageUrl}`)
  const print = share.getByRole('button', { name: 'Stampa la pagina' })
  await expect(print).toBeVisible()
  await page.evaluate(() => { (window as unknown as { printed: boolean }).printed = false; window.print = () => { (window as unknown as { printed: boolean }).printed = true } })
  await print.click()
  expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true)
  expect(seen.offsite).toEqual([])
  expect(seen.errors).toEqual([])
  await context.close()
})

test('a published page travels compressed to every client: Brotli from its twin, gzip made on request, the same page', async ({ request }) => {
  const path = await firstDetailPath(request, '/notizie/', /^\/notizie\/[a-z0-9-]+\/$/)
  const plain = await request.get(path!, { headers: { 'accept-encoding': 'identity' } })
  expect(plain.headers()['content-encoding']).toBeUndefined()
  const html = await plain.text()
  expect(html).toContain('<h1')
  for (const encoding of ['br', 'gzip']) {
    // Playwright decodes the body; the header says how it travelled.
    const compressed = await request.get(path!, { headers: { 'accept-encoding': encoding } })
    expect(compressed.status(), encoding).toBe(200)
    expect(compressed.headers()['content-encoding'], encoding).toBe(encoding)
    expect(compressed.headers()['vary'], encoding).toMatch(/accept-encoding/i)
    expect(await compressed.text(), encoding).toBe(html)
  }
})

test('the search index data and the sitemap, published without a Brotli twin, travel gzip to a client taking Brotli too', async ({ request }) => {
  // A term file of the first block ("com…": every page says "Comune") and the sitemap (gzip twin alone).
  for (const path of ['/ricerca/t/0/com.json', '/sitemap-0.xml']) {
    const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } })
    expect(plain.status(), path).toBe(200)
    expect(plain.headers()['content-encoding'], path).toBeUndefined()
    const body = await plain.text()
    expect(body.length, path).toBeGreaterThan(1024)
    const compressed = await request.get(path, { headers: { 'accept-encoding': 'gzip, br' } })
    expect(compressed.headers()['content-encoding'], path).toBe('gzip')
    expect(await compressed.text(), path).toBe(body)
  }
})

test('an event offers its .ics calendar file', async ({ page }) => {
  const path = await firstDetailPath(page.request, '/eventi/', /^\/eventi\/[a-z0-9-]+\/$/)
  await page.goto(path!)
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim()
  const link = page.getByRole('link', { name: 'Aggiungi al calendario (.ics)' })
  await expect(link).toHaveAttribute('href', `${path!.replace(/\/$/, '')}.ics`)
  const response = await page.request.get((await link.getAttribute('href'))!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/calendar')
  const ics = (await response.text()).replace(/\r\n /g, '')
  expect(ics).toContain('BEGIN:VEVENT')
  expect(ics).toContain(`SUMMARY:${title.replace(/([,;])/g, '\\$1')}`)
  expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/)
  expect(ics).toContain(`URL:${new URL(path!, page.url()).href}`)
})

test('printing a page prints its content, not the header, menus, bands and footer', async ({ page }) => {
  await page.goto('/servizi/cambio-di-residenza/')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Come fare' })).toBeVisible()
  for (const selector of ['header.it-header-wrapper', 'footer.it-footer', '.breadcrumb-container', '.page-index', '.feedback-band', '.contact-band']) {
    await expect(page.locator(selector).first(), selector).toBeHidden()
  }
  await page.emulateMedia({ media: 'screen' })
  await expect(page.locator('footer.it-footer')).toBeVisible()
})

test.describe('every page of the sitemap', () => {
  test('links to no English page, offers no language switch, and makes no dead tel:/mailto: link of an example value', async ({ request }) => {
    test.setTimeout(180_000)
    expect((await request.get('/en/')).status()).toBe(404)
    const index = await (await request.get('/sitemap-index.xml')).text()
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    const pages: string[] = []
    for (const sitemap of sitemaps) pages.push(...[...(await (await request.get(sitemap)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname))
    expect(pages.length).toBeGreaterThan(100)
    const problems: string[] = []
    for (const path of pages) {
      const html = await (await request.get(path)).text()
      if (/href="(https?:\/\/[^"/]+)?\/en\//.test(html)) problems.push(`${path}: link to /en/`)
      if (/hreflang="en"|lang-switch/.test(html)) problems.push(`${path}: language switch`)
      for (const [, href, text] of html.matchAll(/<a[^>]*href="((?:tel|mailto):[^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
        if (/esempio/i.test(text!) || /esempio/i.test(href!)) problems.push(`${path}: ${href} on an example value`)
        if (href!.startsWith('tel:') && href!.replace(/\D/g, '').length < 3) problems.push(`${path}: ${href} cannot be dialled`)
      }
      if (/800 000 000/.test(html)) problems.push(`${path}: the example toll-free number`)
    }
    expect(problems).toEqual([])
  })
})
