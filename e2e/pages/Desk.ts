import { expect, type Page } from '@playwright/test'

/** The citizen's desk and the login through the local test identity provider. */
export class Desk {
  constructor(readonly page: Page) {}

  /** From the desk's login buttons to the provider's login page, then back logged in. */
  async logInWithSpid(fiscalCode: string): Promise<void> {
    await this.page.goto('/area-personale/')
    await this.page.getByRole('link', { name: 'Entra con SPID' }).click()
    await expect(this.page.getByText(/Provider di identità di TEST/i).first()).toBeVisible()
    await this.page.getByLabel(/codice fiscale/i).fill(fiscalCode)
    await this.page.getByRole('button', { name: /^Entra$/ }).click()
    await expect(this.page).toHaveURL(/\/area-personale\/$/)
  }

  tab(name: string) {
    return this.page.getByRole('tab', { name })
  }

  contactField(label: string | RegExp) {
    return this.page.getByRole('tabpanel', { name: 'I miei dati' }).getByLabel(label, { exact: typeof label === 'string' })
  }
}
