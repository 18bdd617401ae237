import { expect, type Page } from '@playwright/test'

/** The desk's "Notifiche": one group of checkboxes per event, one per channel. */
export class DeskNotifications {
  constructor(readonly page: Page) {}

  panel() {
    return this.page.getByRole('tabpanel', { name: 'Notifiche' })
  }

  /** The checkbox of one channel in the group of one event, both by their visible names. */
  choice(event: string, channel: string) {
    return this.panel().getByRole('group', { name: event }).getByRole('checkbox', { name: channel })
  }

  /** Saves and waits for the Italian confirmation. */
  async save(): Promise<void> {
    await this.panel().getByRole('button', { name: 'Salva le preferenze' }).click()
    await expect(this.panel().getByRole('status')).toHaveText('Preferenze salvate.')
  }
}
