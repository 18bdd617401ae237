import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { Desk } from './pages/Desk'
import { InstalledApp, pngSize } from './pages/InstalledApp'

// A citizen no other spec uses, with a surname no public page carries.
const antonio = { fiscalCode: 'CRLNTN72S02B180I', givenName: 'Antonio', familyName: 'Carluccio' }
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

type Manifest = {
  name: string; short_name: string; lang: string; start_url: string; scope: string; display: string; theme_color: string; background_color: string
  icons: { src: string; sizes: string; type: string; purpose: string }[]
}

test('the site meets the install criteria: a manifest in Italian, icons of their declared sizes, an active worker in control', async ({ page, request }) => {
  const app = new InstalledApp(page)
  await page.goto('/')
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(manifestHref).toBe('/manifest.webmanifest')
  const answer = await request.get(manifestHref!)
  expect(answer.headers()['content-type']).toContain('application/manifest+json')
  const manifest = (await answer.json()) as Manifest
  expect(manifest).toMatchObject({ name: 'Comune di Brindisi', short_name: 'Brindisi', lang: 'it', start_url: '/', scope: '/', display: 'standalone' })
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color)

  // Android wants 192 and 512 px PNGs and a maskable one; each file must be what it says it is.
  const pngs = manifest.icons.filter((icon) => icon.type === 'image/png')
  expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true)
  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
  for (const { src, sizes } of [...pngs, { src: appleIcon!, sizes: '180x180' }]) {
    const file = await request.get(src)
    expect(file.status(), src).toBe(200)
    expect(file.headers()['content-type']).toBe('image/png')
    const { width, height } = pngSize(await file.body())
    expect(`${width}x${height}`, src).toBe(sizes)
  }

  // The worker: always revalidated, allowed by the page's policy, active and controlling the page.
  const worker = await request.get('/sw.js')
  expect(worker.headers()['cache-control']).toBe('no-cache')
  const policy = (await page.request.get('/')).headers()['content-security-policy']
  expect(policy).toContain("worker-src 'self'")
  expect(policy).toContain("manifest-src 'self'")
  await app.waitForWorker()
  const registration = await page.evaluate(async () => {
    const ready = await navigator.serviceWorker.ready
    return { scope: ready.scope, state: ready.active?.state }
  })
  expect(registration).toEqual({ scope: new URL('/', page.url()).href, state: 'activated' })
})

test('a visited page reads offline, an unvisited one shows the Italian offline page', async ({ page, context }) => {
  const app = new InstalledApp(page)
  await page.goto('/')
  await app.waitForWorker()
  await page.goto('/servizi/cambio-di-residenza/')
  const title = await page.getByRole('heading', { level: 1 }).innerText()
  // The first page was loaded before the worker: it is fetched again when the worker takes over.
  await expect.poll(() => app.keptPaths()).toEqual(expect.arrayContaining(['/', '/servizi/cambio-di-residenza/']))

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await page.goto('/')
  await expect(page.locator('#main-content')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Sei senza connessione' })).toHaveCount(0)

  await page.goto('/notizie/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sei senza connessione')
  await expect(page).toHaveURL(/\/notizie\/$/)
  await expect(page.getByRole('link', { name: 'Riprova' })).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
  expect(violations.map((v) => v.id)).toEqual([])
  // Back online, "Riprova" opens the page asked for.
  await context.setOffline(false)
  await page.getByRole('link', { name: 'Riprova' }).click()
  await expect(page).toHaveURL(/\/notizie\/$/)
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sei senza connessione')

  // The personal area is never kept: offline, even just visited, it is the offline page.
  await page.goto('/area-personale/')
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sei senza connessione')
})

test('after logging in and using the desk, nothing personal is in any cache', async ({ page }) => {
  const app = new InstalledApp(page)
  const desk = new Desk(page)
  await page.goto('/')
  await app.waitForWorker()
  await desk.logInWithSpid(antonio.fiscalCode)
  await expect(desk.contactField('Telefono')).toBeVisible()
  const phone = '+39 333 5550172'
  await desk.contactField('Telefono').fill(phone)
  await page.getByRole('button', { name: 'Salva i recapiti' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Recapiti salvati.' })).toBeVisible()
  for (const section of ['Messaggi', 'Pagamenti', 'Documenti']) {
    await desk.tab(section).click()
    await expect(desk.panel(section)).toBeVisible()
  }
  // Public pages read while logged in: the header shows the name, fetched by script, never in the kept page.
  await page.goto('/servizi/')
  await expect(page.locator('#sportello-login a[data-logged-in]')).toContainText(antonio.familyName)
  await page.goto('/notizie/')

  const entries = await app.keptEntries()
  // Not vacuous: the public pages just read are kept.
  expect(entries.map((entry) => new URL(entry.url).pathname)).toEqual(expect.arrayContaining(['/servizi/', '/notizie/']))
  for (const { url, body } of entries) {
    const { pathname, search } = new URL(url)
    expect(pathname, url).not.toMatch(/^\/(api|area-personale|anteprima)(\/|$)/)
    expect(search, url).toBe('')
    for (const personal of [antonio.fiscalCode, antonio.familyName, phone]) expect(body.includes(personal), `${personal} in ${url}`).toBe(false)
  }
})

test('a push message shows its notification in Italian, with its link for the click', async ({ page, context }) => {
  const app = new InstalledApp(page)
  await context.grantPermissions(['notifications'])
  await page.goto('/')
  await app.waitForWorker()
  // The browser's push service is stood in for by DevTools, which hands the worker a push event with this body.
  const cdp = await context.newCDPSession(page)
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === new URL('/', page.url()).href && !r.isDeleted)
      if (ours) resolve(ours.registrationId)
    })
  })
  await cdp.send('ServiceWorker.enable')
  const message = { title: 'Pratica ricevuta', body: 'La tua istanza è stata protocollata.', url: '/area-personale/pratiche/', tag: 'pratica-1' }
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(page.url()).origin, registrationId: await registrationId, data: JSON.stringify(message) })
  const shown = () => page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, lang: n.lang, data: n.data as unknown })))
  await expect.poll(shown).toEqual([{ title: message.title, body: message.body, tag: message.tag, lang: 'it', data: { url: message.url } }])
})

test('the registration adds under 1 kB to a page, and a page reads the same without JavaScript', async ({ page, request, browser }) => {
  await page.goto('/')
  const html = await (await request.get('/')).text()
  const tags = [/<link rel="manifest"[^>]*>/, /<link rel="apple-touch-icon"[^>]*>/, /<meta name="theme-color"[^>]*>/, /<script[^>]*src="\/scripts\/app\.js"[^>]*><\/script>/]
  const tagBytes = tags.map((re) => Buffer.byteLength(re.exec(html)?.[0] ?? ''))
  expect(tagBytes.every((bytes) => bytes > 0)).toBe(true)
  // The script itself, as it travels (it is under 1 kB, so the build gives it no compressed twin).
  const script = await request.get('/scripts/app.js', { headers: { 'accept-encoding': 'br, gzip' } })
  const added = tagBytes.reduce((a, b) => a + b, 0) + (await script.body()).length
  console.log(`Registrazione dell’app: ${added} byte aggiunti alla pagina`)
  expect(added).toBeLessThanOrEqual(1024)

  const noScript = await browser.newContext({ javaScriptEnabled: false })
  const reader = await noScript.newPage()
  await reader.goto('/servizi/cambio-di-residenza/')
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Cambio di residenza')
  expect(noScript.serviceWorkers()).toHaveLength(0)
  await noScript.close()
})
