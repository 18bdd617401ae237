import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'

import { AdminPanel, createStaffAccount } from './pages/AdminPanel'
import { NewsEditor } from './pages/NewsEditor'
import { PublicSite } from './pages/PublicSite'

// The site is rebuilt in the background after each publication: wait for it, never restart.
const live = { timeout: 60_000, intervals: [500, 1000] }

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

/** Reloads a public page until the expectation holds (the new build went live). */
async function eventually(page: Page, url: string, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.goto(url)
    await check()
  }).toPass(live)
}

test('an editor publishes a news item with an image and it goes live everywhere, then unpublishes it', async ({ page, request }) => {
  test.setTimeout(3 * 60_000)
  const stamp = Date.now().toString(36)
  const word = `girasole${stamp}`
  const title = `Riapre la biblioteca De Leo: ${word}`
  const editor = { email: `redazione-pub-${stamp}@comune.brindisi.example`, password: 'redazione-password-lunga', name: 'Redattrice', roles: ['editor'] }
  await createStaffAccount(request, editor)
  const image = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0066cc' } }).jpeg().toBuffer()

  await new AdminPanel(page).login(editor.email, editor.password)
  const news = new NewsEditor(page)
  await news.openNew()
  await news.write({ title, summary: `La biblioteca riapre con nuovi orari (${word}).`, body: 'Da lunedì la biblioteca è di nuovo aperta al pubblico.' })
  await news.attachNewImage({ name: `biblioteca-${stamp}.jpg`, mimeType: 'image/jpeg', buffer: image }, 'La sala di lettura della biblioteca')
  await news.publish()
  const adminUrl = page.url()

  const site = new PublicSite(page)
  // Home page, news list, the news page with its responsive image, search and RSS.
  await eventually(page, '/', async () => expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 1000 }))
  await page.getByRole('link', { name: title }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('img', { name: 'La sala di lettura della biblioteca' })).toBeVisible()
  const newsUrl = new URL(page.url()).pathname
  await page.goto('/notizie/')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  const results = await site.search(word)
  await expect(results.first()).toContainText(word)
  const feed = await request.get('/rss.xml')
  expect(await feed.text()).toContain(title)

  // Unpublishing removes it from all four.
  await page.goto(adminUrl)
  await news.unpublish()
  await eventually(page, '/', async () => expect(page.getByRole('link', { name: title })).toHaveCount(0))
  await page.goto('/notizie/')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
  expect((await request.get(newsUrl)).status()).toBe(404)
  await page.goto(`/cerca/?q=${word}`)
  await expect(page.getByText(/nessun risultato|no results/i).first()).toBeVisible()
  await expect(page.locator('.search-result-link')).toHaveCount(0)
  expect(await (await request.get('/rss.xml')).text()).not.toContain(title)
})

test('an office operator cannot publish content', async ({ page, request }) => {
  const operator = { email: `operatore-${Date.now()}@comune.brindisi.example`, password: 'operatore-password-lunga', name: 'Operatore', roles: ['operator'] }
  await createStaffAccount(request, operator)
  await new AdminPanel(page).login(operator.email, operator.password)
  await page.goto(`${new URL(page.url()).origin}/admin/collections/news/create`)
  await expect(page.getByRole('button', { name: /pubblica modifiche|publish changes/i })).toHaveCount(0)
})

test('an editor previews a draft exactly as it will look; without the signed link there is nothing to see', async ({ page, request, browser }) => {
  const stamp = Date.now().toString(36)
  const title = `Bozza in anteprima ${stamp}`
  const editor = { email: `redazione-ant-${stamp}@comune.brindisi.example`, password: 'redazione-password-lunga', name: 'Redattrice', roles: ['editor'] }
  await createStaffAccount(request, editor)
  await new AdminPanel(page).login(editor.email, editor.password)
  const news = new NewsEditor(page)
  await news.openNew()
  await news.write({ title, summary: 'Una notizia ancora in bozza.', body: 'Il testo della bozza, non ancora pubblicato.' })
  await news.saveDraft()
  const preview = await news.openPreview()
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.getByRole('status').filter({ hasText: 'Anteprima' })).toBeVisible()
  await expect(preview.getByText('Il testo della bozza, non ancora pubblicato.')).toBeVisible()
  await expectNoAxeViolations(preview)
  // The draft is not on the public site, and the preview address without a valid signature shows nothing.
  expect((await request.get('/notizie/')).ok()).toBe(true)
  expect(await (await request.get('/notizie/')).text()).not.toContain(title)
  const anonymous = await browser.newPage()
  const tampered = new URL(preview.url())
  tampered.searchParams.set('t', `${tampered.searchParams.get('t')}x`)
  const response = await anonymous.goto(tampered.toString())
  expect(response?.status()).toBe(404)
  await expect(anonymous.getByRole('heading', { level: 1 })).toHaveText('Anteprima non disponibile')
  await expect(anonymous.getByText(title)).toHaveCount(0)
  await anonymous.close()
})
