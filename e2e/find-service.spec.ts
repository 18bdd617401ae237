import { expect, test } from '@playwright/test'

import { PublicSite } from './pages/PublicSite'

test.describe('a citizen finds a service', () => {
  test('from the home page through the main menu', async ({ page }) => {
    const site = new PublicSite(page)
    await site.openHome()
    await site.openSection('Servizi')
    await site.openLink('Anagrafe e stato civile')
    await expect(page).toHaveURL(/\/servizi\/categorie\/anagrafe-e-stato-civile\/$/)
    await site.openLink('Cambio di residenza')
    await site.expectServicePage('Cambio di residenza')
    await expect(page).toHaveURL(/\/servizi\/cambio-di-residenza\/$/)
  })

  test('through the catalogue of every category', async ({ page }) => {
    const site = new PublicSite(page)
    await page.goto('/servizi/')
    await expect(page.getByRole('main').getByRole('link', { name: /Mobilità e trasporti/ }).first()).toBeVisible()
    await site.openLink(/Mobilità e trasporti/)
    await site.openLink('Permesso di accesso alla ZTL del centro storico')
    await site.expectServicePage('Permesso di accesso alla ZTL del centro storico')
  })

  test('through the search', async ({ page }) => {
    const site = new PublicSite(page)
    const results = await site.search('ingombranti')
    await expect(results.first()).toBeVisible()
    await expect(results.filter({ hasText: 'Ritiro gratuito dei rifiuti ingombranti a domicilio' })).toHaveCount(1)
    await results.filter({ hasText: 'Ritiro gratuito dei rifiuti ingombranti' }).click()
    await site.expectServicePage('Ritiro gratuito dei rifiuti ingombranti a domicilio')
  })

  test('from the search box of the home page', async ({ page }) => {
    const site = new PublicSite(page)
    await site.openHome()
    await page.getByRole('main').getByRole('searchbox').fill('carta d’identità')
    await page.getByRole('main').getByRole('button', { name: /cerca/i }).click()
    await expect(page).toHaveURL(/\/cerca\/\?q=/)
    await expect(page.locator('.search-result-link').first()).toBeVisible()
  })
})

test('a missing page answers 404 with the Italian error page', async ({ page }) => {
  const response = await page.goto('/pagina-che-non-esiste/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina non trovata')
})

test('the page-clarity feedback works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/servizi/cambio-di-residenza/')
  const feedback = page.getByRole('form', { name: /Quanto sono chiare le informazioni/ })
  await feedback.locator('label', { hasText: 'Valuta 4 stelle su 5' }).click()
  await feedback.getByText('Le indicazioni erano chiare').click()
  await feedback.getByRole('button', { name: 'Invia' }).click()
  await expect(page).toHaveURL(/\/grazie-per-il-feedback\//)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Grazie/)
  await context.close()
})
