import { expect, test, type Page } from '@playwright/test'

import { e2e } from '../playwright.config'
import { watchContext } from './pages/offSiteWatch'
import { AdminPanel } from './pages/AdminPanel'
import { createPosition } from './pages/Payments'

// Payload's English labels that must never reach a clerk, and the marks of Payload's branding.
const english = [/\bCreate New\b/, /\bSearch by\b/, /\bNo results\b/, /\bDashboard\b/, /\bCollections\b/, /\bLog ?out\b/, /unknown error/i, /\bFilters\b/,
  /\bColumns\b/, /\bPer Page\b/, /\bPresets?\b/, /\bUntitled\b/, /\bLast Modified\b/, /Payload/i, /\d{1,2}:\d{2} ?(AM|PM)\b/]
const months = 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'
/** "2 dicembre 2026, 07:09": the one way the admin writes an instant. */
const italianDateTime = new RegExp(`\\b\\d{1,2} (${months}) \\d{4}, \\d{2}:\\d{2}\\b`)
/** Payload's default order ("dicembre 2 2026"), which must be gone. */
const americanOrder = new RegExp(`\\b(${months}) \\d{1,2},? \\d{4}\\b`)

/** The page's visible text holds no English label and no Payload branding. */
async function expectItalian(page: Page): Promise<string> {
  await page.waitForLoadState('networkidle')
  const text = await page.locator('body').innerText()
  for (const pattern of english) expect(text, `${page.url()} mostra ${pattern}`).not.toMatch(pattern)
  expect(text, `${page.url()}: data nel formato americano`).not.toMatch(americanOrder)
  return text
}

test('the login page carries the Comune\'s name, emblem and favicon, in Italian, with nothing from another host', async ({ page }) => {
  const seen = watchContext(page.context())
  await page.goto(`${e2e.adminUrl}/admin/login`)
  await expect(page.locator('.brand-logo')).toContainText('Comune di Brindisi')
  await expect(page.locator('.brand-logo img[src="/stemma.svg"]')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Accedi' })).toBeVisible()
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''))
  expect(icons).toEqual(['/stemma.svg'])
  expect(await page.locator('meta[property="og:image"]').count()).toBe(0)
  expect((await page.request.get(`${e2e.adminUrl}/stemma.svg`)).headers()['content-type']).toContain('image/svg+xml')
  await expectItalian(page)
  expect(await page.title()).not.toMatch(/payload/i)
  expect(seen.offsite).toEqual([])
  expect(seen.errors).toEqual([])
})

test('every list, document and setting of the admin reads in Italian, dates and money included, with nothing from another host', async ({ page, request }) => {
  test.setTimeout(8 * 60_000)
  // A reason of its own, so the row is this run's even when the spec runs again on the same database.
  const reason = `Diritti di segreteria di prova ${Date.now().toString(36)}`
  await createPosition(request, { reason, amountCents: 2500, debtorFiscalCode: 'RSSMRA80A01B180X', debtorName: 'Mario Rossi' })
  const seen = watchContext(page.context())
  await new AdminPanel(page).login(e2e.adminEmail, e2e.adminPassword)
  await expectItalian(page)
  await expect(page.getByRole('img', { name: 'Comune di Brindisi, pagina iniziale' })).toBeVisible()
  await expect(page.locator('.brand-nav')).toContainText('Comune di Brindisi')
  if (await page.getByRole('button', { name: 'Apri menu' }).isVisible()) await page.getByRole('button', { name: 'Apri menu' }).click()
  await expect(page.locator('.brand-nav img[src="/stemma.svg"]')).toBeVisible()

  const sections = await page.locator('a[href^="/admin/collections/"], a[href^="/admin/globals/"]').evaluateAll((links) => [
    ...new Set(links.map((l) => (l.getAttribute('href') ?? '').match(/^\/admin\/(collections|globals)\/[^/?]+/)?.[0]).filter((h): h is string => Boolean(h))),
  ])
  expect(sections.length).toBeGreaterThan(15)
  for (const section of [...sections, '/admin/account']) {
    await page.goto(`${e2e.adminUrl}${section}`)
    const listText = await expectItalian(page)
    if (!section.startsWith('/admin/collections/')) continue
    const first = page.locator('.table tbody tr').first().locator('a[href*="/admin/collections/"]').first()
    if (await first.count()) {
      if (/\d{4}/.test(listText) && /createdAt|updatedAt|Data|Iniziata|Scadenza|Presentata/i.test(listText)) expect(listText).not.toMatch(americanOrder)
      await first.click()
      await expect(page).toHaveURL(/\/admin\/collections\/[^/]+\/[^/]+$/)
      const docText = await expectItalian(page)
      expect(docText, `${page.url()}: «Ultima modifica» in italiano`).toMatch(italianDateTime)
    } else if (await page.getByRole('link', { name: /^Nuovo$/ }).count()) {
      await page.goto(`${e2e.adminUrl}${section}/create`)
      await expectItalian(page)
    }
  }

  // A date picker's box: Italian months, 24 hours, from its first render.
  await page.goto(`${e2e.adminUrl}/admin/collections/news`)
  await page.locator('.table tbody tr').first().locator('a').first().click()
  await expect(page.locator('#field-publishedAt input')).toHaveValue(italianDateTime)

  // Money: a position of 2500 cents reads "25,00 €" in the list and on its page.
  await page.goto(`${e2e.adminUrl}/admin/collections/payment-positions`)
  const row = page.locator('.table tbody tr', { hasText: reason })
  await expect(row).toContainText('25,00\u00a0€')
  // Opened at its link's address: in one CI run the page after a click never showed the amount (no trace kept); a click
  // while the list still settles may be lost to its re-render. The link is the one the list shows for this position.
  const href = await row.locator('a[href*="/admin/collections/payment-positions/"]').first().getAttribute('href')
  expect(href).toMatch(/\/admin\/collections\/payment-positions\/\d+$/)
  await page.goto(`${e2e.adminUrl}${href}`)
  await expect(page.locator('#field-amountCents')).toHaveValue('2500', { timeout: 30_000 })
  await expect(page.getByText('Pari a 25,00\u00a0€')).toBeVisible()

  // A service's fee, typed in cents, reads in euro beside its box.
  await page.goto(`${e2e.adminUrl}/admin/collections/services?search=${encodeURIComponent('occupazione di suolo pubblico')}`)
  await page.locator('.table tbody tr').first().locator('a').first().click()
  await page.getByRole('button', { name: 'Tempi e costi' }).click()
  await expect(page.getByText('Pari a 25,00\u00a0€')).toBeVisible()

  // Leaving, and the pages of a signed-out clerk.
  await page.goto(`${e2e.adminUrl}/admin/logout`)
  await expect(page).toHaveURL(/\/admin\/login/)
  await expectItalian(page)
  await page.goto(`${e2e.adminUrl}/admin/forgot`)
  await expectItalian(page)

  expect(seen.offsite, 'richieste ad altri host').toEqual([])
  expect(seen.errors, 'errori nella console').toEqual([])
})
