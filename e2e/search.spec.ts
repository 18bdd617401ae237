import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { PublicSite } from './pages/PublicSite'

/** The search page as a citizen uses it: typing, reading the count, more results, nothing found; and with axe. */
test.describe('the search page', () => {
  test('searches while typing, says how many it found, and adds more results on demand', async ({ page }) => {
    await page.goto('/cerca/')
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Cosa stai cercando?' })
    await box.fill('comune')
    await expect(page).toHaveURL(/\/cerca\/\?q=comune$/)
    const status = page.getByRole('status').filter({ hasText: /risultat/ })
    await expect(status).toHaveText(/^\d+ risultati per «comune»$/)
    const total = Number((await status.textContent())!.split(' ')[0])
    expect(total).toBeGreaterThan(10)
    const results = page.getByRole('list', { name: 'Risultati della ricerca' }).getByRole('link')
    await expect(results).toHaveCount(10)
    await page.getByRole('button', { name: 'Mostra altri risultati' }).click()
    await expect(results).toHaveCount(Math.min(20, total))
    // Focus moves to the first new result, for keyboard and screen reader users.
    await expect(results.nth(10)).toBeFocused()
    // Each result shows where the words appear.
    await expect(page.locator('.search-result-excerpt mark').first()).toBeVisible()
  })

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/cerca/?q=parolachenonesiste')
    await expect(page.getByRole('status')).toHaveText(/Nessun risultato per «parolachenonesiste»/)
    await expect(page.getByRole('list', { name: 'Risultati della ricerca' }).getByRole('link')).toHaveCount(0)
  })

  test('the form works from another page and the results page has no axe violations', async ({ page }) => {
    const results = await new PublicSite(page).search('residenza')
    await expect(results.first()).toBeVisible()
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
})
