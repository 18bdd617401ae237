import { expect, type Page } from '@playwright/test'

/** The public site as a citizen uses it: the menu, the service catalogue and the search. */
export class PublicSite {
  constructor(readonly page: Page) {}

  async openHome(): Promise<void> {
    await this.page.goto('/')
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible()
  }

  /** Follows one of the four first-level sections of the main menu. */
  async openSection(name: 'Amministrazione' | 'Novità' | 'Servizi' | 'Vivere il Comune'): Promise<void> {
    await this.page.getByRole('navigation', { name: /principale/i }).getByRole('link', { name, exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(name)
  }

  async openLink(name: string | RegExp): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name }).first().click()
  }

  /** Searches from the search page and returns the result links' locator. */
  async search(query: string) {
    await this.page.goto(`/cerca/?q=${encodeURIComponent(query)}`)
    return this.page.getByRole('list', { name: 'Risultati della ricerca' }).getByRole('link')
  }

  async expectServicePage(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(this.page.getByRole('heading', { name: 'A chi è rivolto' })).toBeVisible()
    await expect(this.page.getByRole('heading', { name: 'Come fare' })).toBeVisible()
  }
}
