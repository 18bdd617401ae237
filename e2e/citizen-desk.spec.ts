import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { Desk } from './pages/Desk'

const giovanna = { fiscalCode: 'CPTGNN85C54B180W', name: 'Giovanna Caputo' }

test('a citizen logs in with SPID, sees her name on static pages, edits her phone and logs out', async ({ page }) => {
  const desk = new Desk(page)
  await desk.logInWithSpid(giovanna.fiscalCode)
  await expect(page.getByRole('heading', { name: 'Ciao, Giovanna' })).toBeVisible()
  await expect(page.getByRole('tabpanel', { name: 'I miei dati' })).toContainText(giovanna.fiscalCode)

  // The header of a static page shows who is logged in.
  await page.goto('/servizi/')
  await expect(page.locator('#sportello-login a[data-logged-in]')).toContainText(giovanna.name)

  await page.goto('/area-personale/')
  const phone = desk.contactField('Telefono')
  await phone.fill('12ab')
  await page.getByRole('button', { name: 'Salva i recapiti' }).click()
  await expect(page.getByRole('alert')).toContainText('Numero di telefono non valido')
  await expect(phone).toHaveAttribute('aria-invalid', 'true')
  await phone.fill('+39 333 7654321')
  await page.getByRole('button', { name: 'Salva i recapiti' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Recapiti salvati.' })).toBeVisible()
  await page.reload()
  await expect(desk.contactField('Telefono')).toHaveValue('+39 333 7654321')

  // The other sections say plainly that there is nothing yet.
  await desk.tab('Le mie pratiche').click()
  await expect(page.getByRole('tabpanel', { name: 'Le mie pratiche' })).toContainText('Non hai ancora presentato domande online')

  await page.getByRole('button', { name: 'Esci', exact: true }).click()
  await expect(page).toHaveURL(/accesso=uscita/)
  await expect(page.getByText('Sei uscito dall’area personale.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Entra con SPID' })).toBeVisible()
  // The desk's API now refuses access.
  const me = await page.request.get('/api/me')
  expect(me.status()).toBe(401)
  await page.goto('/servizi/')
  await expect(page.locator('#sportello-login a[data-logged-in]')).toHaveCount(0)
})

test('cancelling at the identity provider brings the citizen back with a message', async ({ page }) => {
  await page.goto('/area-personale/')
  await page.getByRole('link', { name: 'Entra con CIE' }).click()
  await page.getByRole('button', { name: 'Annulla' }).click()
  await expect(page).toHaveURL(/accesso=annullato/)
  await expect(page.getByText('Hai annullato l’accesso.')).toBeVisible()
})

test('the desk has no WCAG 2.1 AA violations, logged out and logged in', async ({ page }) => {
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  await page.goto('/area-personale/')
  expect((await axe()).violations.map((v) => v.id)).toEqual([])
  await new Desk(page).logInWithSpid('VLNMRC79H03B180T')
  await expect(page.getByRole('heading', { name: 'Ciao, Marco' })).toBeVisible()
  expect((await axe()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
