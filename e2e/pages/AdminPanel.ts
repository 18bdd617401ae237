import { expect, type Page, type APIRequestContext } from '@playwright/test'

import { e2e } from '../../playwright.config'

/** The Payload admin as staff use it, plus REST helpers to prepare accounts. */
export class AdminPanel {
  constructor(readonly page: Page) {}

  async login(email: string, password: string): Promise<void> {
    await this.page.goto(`${e2e.adminUrl}/admin/login`)
    await this.page.getByLabel(/email/i).fill(email)
    await this.page.getByLabel(/password/i).fill(password)
    await this.page.getByRole('button', { name: /accedi|login/i }).click()
    await expect(this.page).toHaveURL(/\/admin\/?$/)
  }
}

/** Creates a staff account through the admin REST API, logged in as the first administrator. */
export async function createStaffAccount(request: APIRequestContext, account: { email: string; password: string; name: string; roles: string[]; offices?: number[] }) {
  const login = await request.post(`${e2e.adminUrl}/api/users/login`, { data: { email: e2e.adminEmail, password: e2e.adminPassword } })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  const created = await request.post(`${e2e.adminUrl}/api/users`, { data: account, headers: { Authorization: `JWT ${token}` } })
  expect(created.ok(), await created.text()).toBe(true)
}
