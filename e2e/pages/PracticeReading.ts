import { expect, type Locator, type Page } from '@playwright/test'

import { e2e } from '../../playwright.config'

/** An application's page in the back office, as the clerk reads it ("Dati della domanda"). */
export class PracticeReading {
  constructor(readonly page: Page) {}

  async open(practiceId: number): Promise<void> {
    await this.page.goto(`${e2e.adminUrl}/admin/collections/practices/${practiceId}`)
    await expect(this.answers()).toBeVisible()
  }

  answers(): Locator {
    return this.page.locator('[data-practice-answers]')
  }

  /** A step of the form, by its title. */
  section(title: string): Locator {
    return this.answers().getByRole('region', { name: title, exact: true })
  }

  /** One question of a step, by the form's field name: its label and the answer beside it. */
  question(step: string, name: string): { label: Locator; value: Locator } {
    const value = this.section(step).locator(`dd[data-answer="${name}"]`)
    return { label: value.locator('xpath=preceding-sibling::dt[1]'), value }
  }

  /** The files of one attachment slot, by the slot's label. */
  slot(label: string): Locator {
    return this.answers().getByRole('region', { name: 'Allegati' }).getByRole('region', { name: label, exact: true })
  }

  dossierLink(): Locator {
    return this.page.getByRole('link', { name: 'Scarica il fascicolo (PDF)' })
  }
}
