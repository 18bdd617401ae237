import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'

import { e2e } from '../../playwright.config'
import { adminToken } from './SecondFactor'

/**
 * An application in the back office (the Payload admin), as an office operator processes it: the
 * sidebar's named actions, the term, the history.
 */
export class PracticeDesk {
  constructor(readonly page: Page) {}

  async open(practiceId: number): Promise<void> {
    await this.page.goto(`${e2e.adminUrl}/admin/collections/practices/${practiceId}`)
    await expect(this.page.locator('#field-status')).toBeVisible()
  }

  /** The read-only status in the sidebar. */
  status(): Locator {
    return this.page.locator('#field-status')
  }

  /** The legal term, in words, in the sidebar. */
  deadline(): Locator {
    return this.page.getByTestId('practice-deadline')
  }

  /** The history, in the main area. */
  history(): Locator {
    return this.page.getByTestId('practice-history')
  }

  /** One action of the sidebar that asks for something (a <details> titled `title`). */
  action(title: string): Locator {
    return this.page.locator('details').filter({ has: this.page.locator('summary', { hasText: title }) })
  }

  /** Opens an action, writes its message (if any) and presses its button; returns the action, to read its outcome. */
  async perform(title: string, button: string, message?: string): Promise<Locator> {
    const box = this.action(title)
    if ((await box.getAttribute('open')) === null) await box.locator('summary').click()
    if (message !== undefined) await box.getByRole('textbox').fill(message)
    await box.getByRole('button', { name: button }).click()
    return box
  }

  /** "Prendi in carico": one button, no question asked. */
  async takeCharge(): Promise<void> {
    await this.page.getByRole('button', { name: 'Prendi in carico' }).click()
    await expect(this.page.getByRole('button', { name: 'Prendi in carico' })).toHaveCount(0)
  }

  /** An internal note, then waits for it in the history. */
  async note(text: string): Promise<void> {
    await this.perform('Aggiungi una nota interna', 'Salva la nota', text)
    await expect(this.history()).toContainText(text)
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
