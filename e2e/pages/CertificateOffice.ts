import { expect, type Locator, type Page } from '@playwright/test'

import { e2e } from '../../playwright.config'

/** "Certificati emessi" in the back office: the counts above the list, one certificate's page and its "Revoca". */
export class CertificateOffice {
  constructor(readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.goto(`${e2e.adminUrl}/admin/collections/certificates`)
    await expect(this.counts()).toBeVisible()
  }

  /** The table of issued and revoked per type and month. */
  counts(): Locator {
    return this.page.getByTestId('certificate-counts')
  }

  /** This month's totals in the counts table: [issued, revoked]. */
  async monthTotals(month: string): Promise<[number, number]> {
    return [Number(await this.page.getByTestId(`issued-${month}`).textContent()), Number(await this.page.getByTestId(`revoked-${month}`).textContent())]
  }

  row(code: string): Locator {
    return this.page.locator('.table tbody tr', { hasText: code })
  }

  async open(code: string): Promise<void> {
    await this.row(code).getByRole('link', { name: code }).click()
    await expect(this.actions()).toBeVisible()
  }

  actions(): Locator {
    return this.page.getByTestId('certificate-actions')
  }

  history(): Locator {
    return this.page.getByTestId('certificate-history')
  }

  /** Writes the reason, asks to revoke, confirms; waits for the outcome. */
  async revoke(reason: string): Promise<void> {
    await this.actions().getByLabel('Motivo della revoca').fill(reason)
    await this.actions().getByRole('button', { name: 'Revoca il certificato' }).click()
    await expect(this.actions().getByText('Confermi la revoca?')).toBeVisible()
    await this.actions().getByRole('button', { name: 'Sì, revoca' }).click()
    await expect(this.actions().getByRole('status')).toContainText('Certificato revocato')
  }
}
