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

  /** Ticks or unticks one channel of one event (bootstrap-italia draws the box: its label covers the real input). */
  async choose(event: string, channel: string, on: boolean): Promise<void> {
    await this.choice(event, channel).setChecked(on, { force: true })
  }

  /** Saves and waits for the Italian confirmation. */
  async save(): Promise<void> {
    await this.panel().getByRole('button', { name: 'Salva le preferenze' }).click()
    await expect(this.panel().getByRole('status')).toHaveText('Preferenze salvate.')
  }
}
