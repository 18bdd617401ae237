import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { detailTypes, firstDetailPath, pageTypes } from './pages/pageTypes'

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function expectNoViolations(page: import('@playwright/test').Page) {
  // The pages must also run under the server's strict Content Security Policy: no inline script.
  const inlineScripts = await page.locator('script:not([src]):not([type="application/ld+json"])').count()
  expect(inlineScripts).toBe(0)
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)
  expect(summary).toEqual([])
}

test.describe('WCAG 2.1 AA (axe-core)', () => {
  test.beforeEach(({ page }) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) throw new Error(`CSP: ${message.text()}`)
    })
  })

  for (const [name, url] of pageTypes) {
    test(`${name} has no violations`, async ({ page }) => {
      await page.goto(url)
      if (url.startsWith('/cerca/')) await expect(page.locator('.search-result-link').first()).toBeVisible()
      await expectNoViolations(page)
    })
  }

  for (const [name, listUrl, detailPattern] of detailTypes) {
    test(`${name} page has no violations`, async ({ page }) => {
      const detail = await firstDetailPath(page.request, listUrl, detailPattern)
      expect(detail, `a link to a ${name} on ${listUrl}`).toBeTruthy()
      await page.goto(detail!)
      await expectNoViolations(page)
    })
  }

  test('the feedback thanks shown in place has no violations', async ({ page }) => {
    await page.goto('/servizi/cambio-di-residenza/')
    const feedback = page.getByRole('form', { name: /Quanto sono chiare le informazioni/ })
    await feedback.locator('label', { hasText: 'Valuta 5 stelle su 5' }).click()
    await feedback.getByRole('button', { name: 'Invia' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Grazie per il tuo parere' })).toBeVisible()
    await expectNoViolations(page)
  })
})
