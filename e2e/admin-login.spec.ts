import { expect, test } from '@playwright/test'
import { e2e } from '../playwright.config'

import { AdminPanel, createStaffAccount } from './pages/AdminPanel'

test('an editor logs into the admin and sees the content collections', async ({ page, request }) => {
  const editor = { email: `redazione-${Date.now()}@comune.brindisi.example`, password: 'redazione-password-lunga', name: 'Redattrice di prova', roles: ['editor'] }
  await createStaffAccount(request, editor)
  const admin = new AdminPanel(page)
  await admin.login(editor.email, editor.password)
  await expect(page.getByRole('link', { name: 'Notizie' }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Servizi' }).first()).toBeVisible()
})

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto(`${e2e.adminUrl}/admin/login`)
  await page.getByLabel(/email/i).fill('nessuno@comune.brindisi.example')
  await page.getByLabel(/password/i).fill('sbagliata-davvero')
  await page.getByRole('button', { name: /accedi|login/i }).click()
  await expect(page.getByText(/non è corrett/i).first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})
