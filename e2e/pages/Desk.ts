import { expect, type Page } from '@playwright/test'

/** The citizen's desk and the login through the local test identity provider. */
export class Desk {
  constructor(readonly page: Page) {}

  /** From the desk's login buttons to the provider's login page, then back logged in. */
  async logInWithSpid(fiscalCode: string): Promise<void> {
    await this.logInFrom('/area-personale/', fiscalCode)
  }

  /** Logs in from the login buttons of a page of the desk (a section's own address); the login brings the citizen back there. */
  async logInFrom(path: string, fiscalCode: string): Promise<void> {
    await this.page.goto(path)
    await this.page.getByRole('link', { name: 'Entra con SPID' }).click()
    await expect(this.page.getByText(/Provider di identità di TEST/i).first()).toBeVisible()
    await this.page.getByLabel(/codice fiscale/i).fill(fiscalCode)
    await this.page.getByRole('button', { name: /^Entra$/ }).click()
    await expect(this.page).toHaveURL(new RegExp(`${path.replaceAll('/', '\\/')}$`))
  }

  tab(name: string) {
    return this.page.getByRole('tab', { name })
  }

  panel(name: string) {
    return this.page.getByRole('tabpanel', { name })
  }

  /** The page's lead paragraph, under the "Area personale" heading. */
  lead() {
    return this.page.locator('#desk-lead')
  }

  /** Expects exactly one section shown, the one named, at its own address. */
  async expectSection(name: string, path: string): Promise<void> {
    await expect(this.page).toHaveURL(new RegExp(`${path.replaceAll('/', '\\/')}$`))
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true')
    await expect(this.page.getByRole('tab', { selected: true })).toHaveCount(1)
    await expect(this.panel(name)).toBeVisible()
    await expect(this.page.getByRole('tabpanel')).toHaveCount(1)
  }

  contactField(label: string | RegExp) {
    return this.page.getByRole('tabpanel', { name: 'I miei dati' }).getByLabel(label, { exact: typeof label === 'string' })
  }
}
