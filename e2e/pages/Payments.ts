import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { e2e } from '../../playwright.config'
import { adminToken } from './SecondFactor'

/** A JWT of the first administrator (second factor done), for preparing data through the admin REST API. */
export { adminToken }

/** Creates a payment position as an operator would in the back office; returns it. */
export async function createPosition(request: APIRequestContext, data: { reason: string; amountCents: number; debtorFiscalCode: string; debtorName: string }) {
  const token = await adminToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const offices = await request.get(`${e2e.adminUrl}/api/offices?limit=1&depth=0`, { headers })
  const office = ((await offices.json()) as { docs: { id: number }[] }).docs[0]!
  const dueDate = new Date(Date.now() + 20 * 86_400_000).toISOString()
  const created = await request.post(`${e2e.adminUrl}/api/payment-positions`, { data: { ...data, dueDate, office: office.id, status: 'da-pagare', source: 'operatore' }, headers })
  expect(created.ok(), await created.text()).toBe(true)
  return ((await created.json()) as { doc: { id: number; noticeCode: string } }).doc
}

/** The "I miei pagamenti" tab of the desk. */
export class PaymentsTab {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'I miei pagamenti' }).click()
    await expect(this.panel()).toBeVisible()
  }

  panel() {
    return this.page.getByRole('tabpanel', { name: 'I miei pagamenti' })
  }

  card(reason: string) {
    return this.panel().getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: reason }) })
  }
}
