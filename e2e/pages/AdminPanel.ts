import { expect, type Page, type APIRequestContext } from '@playwright/test'

import { e2e } from '../../playwright.config'
import { adminToken, enrolled, freshCode } from './SecondFactor'

/** The Payload admin as staff use it, plus REST helpers to prepare accounts. */
export class AdminPanel {
  constructor(readonly page: Page) {}

  /** Email and password; then, when the account has one, the second factor (set up on an admin's first sign-in). */
  async login(email: string, password: string): Promise<void> {
    await this.submitPassword(email, password)
    // Either the dashboard, or one of the two second-factor views.
    await expect(this.page.locator('.dashboard, .second-factor-view').first()).toBeVisible()
    if (/configura-verifica/.test(this.page.url())) await this.setUpSecondFactor(email)
    else if (/verifica-accesso/.test(this.page.url())) await this.typeCode(await freshCode(email))
    await expect(this.page).toHaveURL(/\/admin\/?$/)
  }

  async submitPassword(email: string, password: string): Promise<void> {
    await this.page.goto(`${e2e.adminUrl}/admin/login`)
    await this.page.getByLabel(/email/i).fill(email)
    await this.page.getByLabel(/password/i).fill(password)
    await this.page.getByRole('button', { name: /accedi|login/i }).click()
  }

  /** The enrolment view: reads the key shown in clear beside the QR code, confirms a code, keeps the recovery codes. */
  async setUpSecondFactor(email: string): Promise<string[]> {
    await expect(this.page).toHaveURL(/configura-verifica/)
    const secret = await this.page.locator('[data-secret]').getAttribute('data-secret')
    expect(secret, 'chiave TOTP mostrata').toBeTruthy()
    await this.page.getByLabel('Codice', { exact: true }).fill(enrolled(email, secret!))
    await this.page.getByRole('button', { name: 'Conferma e attiva' }).click()
    const codes = this.page.getByRole('list', { name: 'Codici di recupero' }).getByRole('listitem')
    await expect(codes).toHaveCount(10)
    const recoveryCodes = await codes.allTextContents()
    await this.page.getByRole('button', { name: 'Ho conservato i codici: continua' }).click()
    return recoveryCodes
  }

  /** The verification view: a 6-digit code (or a recovery code). */
  async typeCode(code: string): Promise<void> {
    await expect(this.page).toHaveURL(/verifica-accesso/)
    await this.page.getByLabel('Codice', { exact: true }).fill(code)
    await this.page.getByRole('button', { name: 'Verifica' }).click()
  }
}

/** Creates a staff account through the admin REST API, logged in as the first administrator. */
export async function createStaffAccount(request: APIRequestContext, account: { email: string; password: string; name: string; roles: string[]; offices?: number[] }) {
  const token = await adminToken(request)
  const created = await request.post(`${e2e.adminUrl}/api/users`, { data: account, headers: { Authorization: `JWT ${token}` } })
  expect(created.ok(), await created.text()).toBe(true)
}
