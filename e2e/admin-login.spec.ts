import { expect, test } from '@playwright/test'
import { e2e } from '../playwright.config'

import { watchContext } from './pages/offSiteWatch'
import { AdminPanel, createStaffAccount } from './pages/AdminPanel'
import { freshCode } from './pages/SecondFactor'

const failure = 'Credenziali non valide o troppi tentativi: riprova tra qualche minuto.'

test('an editor logs into the admin and sees the content collections', async ({ page, request }) => {
  const editor = { email: `redazione-${Date.now()}@comune.brindisi.example`, password: 'redazione-password-lunga', name: 'Redattrice di prova', roles: ['editor'] }
  await createStaffAccount(request, editor)
  const admin = new AdminPanel(page)
  await admin.login(editor.email, editor.password)
  await expect(page.getByRole('link', { name: 'Notizie' }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Servizi' }).first()).toBeVisible()
})

test('a wrong password is refused with the same message as an unknown account', async ({ page }) => {
  await page.goto(`${e2e.adminUrl}/admin/login`)
  await page.getByLabel(/email/i).fill('nessuno@comune.brindisi.example')
  await page.getByLabel(/password/i).fill('sbagliata-davvero')
  await page.getByRole('button', { name: /accedi|login/i }).click()
  await expect(page.getByText(failure).first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('an admin must set up the second factor before using the admin, then signs in with a code', async ({ page, request }) => {
  const account = { email: `amministrazione-${Date.now()}@comune.brindisi.example`, password: 'amministratrice-password-lunga', name: 'Amministratrice di prova', roles: ['admin'] }
  await createStaffAccount(request, account)
  const admin = new AdminPanel(page)
  await admin.submitPassword(account.email, account.password)
  await expect(page).toHaveURL(/\/admin\/configura-verifica/)
  await expect(page.getByText('Gli amministratori devono usare la verifica in due passaggi')).toBeVisible()
  // Until then the session opens nothing: the admin pages send it back here, the REST API does not know it.
  await page.goto(`${e2e.adminUrl}/admin/collections/users`)
  await expect(page).toHaveURL(/\/admin\/configura-verifica/)
  expect(((await (await page.request.get(`${e2e.adminUrl}/api/users/me`)).json()) as { user: unknown }).user).toBeNull()
  expect((await page.request.get(`${e2e.adminUrl}/api/users`)).status()).toBe(403)

  const recoveryCodes = await admin.setUpSecondFactor(account.email)
  expect(recoveryCodes).toHaveLength(10)
  // Then on to the page it was asked for.
  await expect(page).toHaveURL(/\/admin\/collections\/users/)
  await expect(page.getByRole('heading', { name: 'Utenti staff' }).first()).toBeVisible()

  await page.goto(`${e2e.adminUrl}/admin/logout`)
  await expect(page).toHaveURL(/\/admin\/login/)
  await admin.submitPassword(account.email, account.password)
  await expect(page).toHaveURL(/\/admin\/verifica-accesso/)
  await admin.typeCode('000000')
  await expect(page.locator('#second-factor-error')).toHaveText(failure)
  await admin.typeCode(await freshCode(account.email))
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: 'Notizie' }).first()).toBeVisible()
})

test('the admin loads nothing from another host and breaks no rule of its Content-Security-Policy', async ({ page }) => {
  const seen = watchContext(page.context())
  await new AdminPanel(page).login(e2e.adminEmail, e2e.adminPassword)
  await expect(page.getByRole('link', { name: 'Notizie' }).first()).toBeVisible()
  await page.goto(`${e2e.adminUrl}/admin/collections/news`)
  await expect(page.getByRole('heading', { name: 'Notizie' }).first()).toBeVisible()
  await page.goto(`${e2e.adminUrl}/admin/collections/news/create`)
  await page.getByLabel(/^Titolo/).fill('Prova della politica di sicurezza')
  const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  await page.keyboard.type('Testo scritto nell’editor.')
  await expect(body).toContainText('Testo scritto nell’editor.')
  await page.goto(`${e2e.adminUrl}/admin/account`)
  await expect(page.getByText('Verifica in due passaggi').first()).toBeVisible()
  expect(seen.offsite).toEqual([])
  expect(seen.violations).toEqual([])
})

test('the admin pages carry a strict Content-Security-Policy and refuse to be framed', async ({ request }) => {
  const res = await request.get(`${e2e.adminUrl}/admin/login`)
  expect(res.ok()).toBe(true)
  const policy = res.headers()['content-security-policy'] ?? ''
  expect(policy).toContain("default-src 'self'")
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
  expect(res.headers()['x-frame-options']).toBe('DENY')
  expect((await request.get(`${e2e.adminUrl}/admin`, { maxRedirects: 0 })).headers()['content-security-policy']).toContain("frame-ancestors 'none'")
})
