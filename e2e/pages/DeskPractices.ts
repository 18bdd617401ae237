import { expect, type Page } from '@playwright/test'

/** "Le mie pratiche" and "Messaggi" in the desk, and a practice's own page. */
export class DeskPractices {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/area-personale/')
    await this.page.getByRole('tab', { name: 'Le mie pratiche' }).click()
    await expect(this.panel()).toBeVisible()
  }

  panel() {
    return this.page.getByRole('tabpanel', { name: 'Le mie pratiche' })
  }

  /** The card of a practice in the list, by the service's title; `group` picks drafts or submitted ones. */
  card(serviceTitle: string, group: 'Bozze' | 'Domande presentate' = 'Domande presentate') {
    return this.panel().getByRole('region', { name: group }).getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: serviceTitle }) })
  }

  /** The card of a submitted application by its protocol number. */
  submitted(protocolNumber: string) {
    return this.panel().getByRole('region', { name: 'Domande presentate' }).getByRole('listitem').filter({ hasText: protocolNumber })
  }

  async continueDraft(serviceTitle: string): Promise<void> {
    await this.card(serviceTitle, 'Bozze').first().getByRole('link', { name: 'Continua' }).click()
  }

  /** Deletes the first draft of a service, confirming in the dialog. */
  async deleteDraft(serviceTitle: string): Promise<void> {
    await this.card(serviceTitle, 'Bozze').first().getByRole('button', { name: 'Elimina' }).click()
    await this.page.getByRole('dialog').getByRole('button', { name: 'Sì, elimina la bozza' }).click()
    await expect(this.page.getByText('Bozza eliminata.')).toBeVisible()
  }

  /** Opens a submitted application's page from its card (by protocol number). */
  async openDetail(protocolNumber: string): Promise<void> {
    await this.submitted(protocolNumber).getByRole('link', { name: 'Dettaglio' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'La tua pratica' })).toBeVisible()
  }

  async openMessages() {
    await this.page.goto('/area-personale/')
    await this.page.getByRole('tab', { name: 'Messaggi' }).click()
    const panel = this.page.getByRole('tabpanel', { name: 'Messaggi' })
    await expect(panel).toBeVisible()
    return panel
  }
}

/** A practice's page (/area-personale/pratica/?id=…). */
export class PracticeDetail {
  constructor(readonly page: Page) {}

  async open(practiceId: number): Promise<void> {
    await this.page.goto(`/area-personale/pratica/?id=${practiceId}`)
    await expect(this.page.locator('#detail-main')).toBeVisible()
  }

  status() {
    return this.page.locator('#detail-status')
  }

  timeline() {
    return this.page.locator('#detail-timeline')
  }

  /** The box of the office's request for more documents. */
  request() {
    return this.page.getByRole('region', { name: 'Il Comune ti chiede delle integrazioni' })
  }

  /** Answers the office's request with a message and optional files. */
  async answerRequest(message: string, files: string[] = []): Promise<void> {
    await this.request().getByLabel('La tua risposta').fill(message)
    if (files.length) await this.request().getByLabel('Documenti da allegare (facoltativo)').setInputFiles(files)
    await this.request().getByRole('button', { name: 'Invia la risposta' }).click()
    await expect(this.page.getByText('Risposta inviata')).toBeVisible()
  }
}
