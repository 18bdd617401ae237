import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { e2e } from '../../playwright.config'
import { adminToken } from './SecondFactor'

/** An application in the back office (the Payload admin), as an office operator processes it. */
export class PracticeDesk {
  constructor(readonly page: Page) {}

  async open(practiceId: number): Promise<void> {
    await this.page.goto(`${e2e.adminUrl}/admin/collections/practices/${practiceId}`)
    await expect(this.page.locator('#field-status')).toBeVisible()
  }

  /** Picks a status in the sidebar (Payload's select). */
  async setStatus(label: string): Promise<void> {
    await this.page.locator('#field-status .rs__control').click()
    await this.page.locator('.rs__option', { hasText: new RegExp(`^${label}$`) }).click()
  }

  async writeToCitizen(message: string): Promise<void> {
    await this.page.locator('#field-messageToCitizen').fill(message)
  }

  async note(text: string): Promise<void> {
    await this.page.locator('#field-internalNote').fill(text)
  }

  /** Saves and waits for Payload's toast, which must be the success one (an error toast fails with its text). */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^(salva|save)$/i }).click()
    const toast = this.page.locator('.payload-toast-container li').last()
    await expect(toast).toBeVisible()
    await expect(toast).toContainText(/riuscit|aggiornat|con successo|success/i)
    await toast.locator('button').first().click().catch(() => undefined)
  }
}

/** Logs a staff account in through the REST API and returns its token. */
export async function staffToken(request: APIRequestContext, email: string, password: string): Promise<string> {
  const login = await request.post(`${e2e.adminUrl}/api/users/login`, { data: { email, password } })
  expect(login.ok(), await login.text()).toBe(true)
  return ((await login.json()) as { token: string }).token
}

/** The id of an office by its slug, read as the first administrator. */
export async function officeId(request: APIRequestContext, slug: string): Promise<number> {
  const token = await adminToken(request)
  const res = await request.get(`${e2e.adminUrl}/api/offices?where[slug][equals]=${slug}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  const { docs } = (await res.json()) as { docs: { id: number }[] }
  expect(docs, `ufficio ${slug}`).toHaveLength(1)
  return docs[0]!.id
}
