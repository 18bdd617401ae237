import path from 'node:path'

import { expect, type Download, type Page } from '@playwright/test'

// bootstrap-italia draws its own checkboxes and radios: the label covers the real input.
const checkOptions = { force: true }

/** A label as written in the form definition, with or without the required mark. */
const labelPattern = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`)

/** The online application (/area-personale/domanda/): privacy, the form's steps, attachments, summary, submission. */
export class PracticeForm {
  constructor(readonly page: Page) {}

  /** Starts (or offers to continue) the application for a service; the citizen must be logged in. */
  async open(serviceSlug: string, options: { existingDraft?: 'continue' | 'new' } = {}): Promise<void> {
    await this.page.goto(`/area-personale/domanda/?servizio=${encodeURIComponent(serviceSlug)}`)
    if (options.existingDraft) {
      const choice = options.existingDraft === 'continue' ? 'Continua la bozza' : 'Inizia una nuova domanda'
      await this.page.getByRole(options.existingDraft === 'continue' ? 'link' : 'button', { name: choice }).click()
    }
    await expect(this.stepHeading('Informativa sulla privacy')).toBeVisible()
  }

  /** Opens an existing draft by its id: it opens at the step where it was saved. */
  async openDraft(practiceId: number): Promise<void> {
    await this.page.goto(`/area-personale/domanda/?pratica=${practiceId}`)
    await expect(this.position()).toContainText(/^Passo \d+ di \d+/)
  }

  /** The id of the draft being filled in (the page puts it in the address once the draft exists). */
  async practiceId(): Promise<number> {
    await expect(this.page).toHaveURL(/[?&]pratica=\d+/)
    return Number(new URL(this.page.url()).searchParams.get('pratica'))
  }

  stepHeading(title: string) {
    return this.page.getByRole('heading', { level: 3, name: title, exact: true })
  }

  async acceptPrivacy(): Promise<void> {
    await this.field('Ho letto e compreso l’informativa sulla privacy').check(checkOptions)
  }

  /** A question or attachment slot by its label, written without the required mark (" *"). */
  field(label: string) {
    return this.page.locator('#app-form').getByLabel(labelPattern(label))
  }

  /** Answers a question of any type: text, select and radio by option label, checkbox by true/false. */
  async fill(label: string, value: string | boolean): Promise<void> {
    const group = this.page.locator('#app-form').getByRole('group', { name: labelPattern(label) })
    if (await group.count()) return group.getByLabel(String(value), { exact: true }).check(checkOptions)
    const field = this.field(label)
    const kind = await field.evaluate((el) => (el instanceof HTMLSelectElement ? 'select' : (el as HTMLInputElement).type))
    if (kind === 'select') await field.selectOption({ label: String(value) })
    else if (kind === 'checkbox') await field.setChecked(value === true || value === 'true', checkOptions)
    else await field.fill(String(value))
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Avanti', exact: true }).click()
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: 'Indietro', exact: true }).click()
  }

  /** "Passo n di N: title" above the current step. */
  position() {
    return this.page.locator('#app-position')
  }

  /** Uploads a file into an attachment slot and waits until it is listed. */
  async attach(slotLabel: string, filePath: string): Promise<void> {
    await this.field(slotLabel).setInputFiles(filePath)
    await expect(this.page.getByText(`File ${path.basename(filePath)} caricato.`)).toBeVisible()
  }

  /** The message next to a question or slot input (a rejected upload, an invalid answer). */
  async fieldError(label: string) {
    const id = await this.field(label).getAttribute('id')
    return this.page.locator(`[id="${id}-error"]`)
  }

  async removeAttachment(filename: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rimuovi ${filename}` }).click()
    await expect(this.page.getByText(`File ${filename} rimosso.`)).toBeVisible()
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Salva bozza' }).click()
    await expect(this.savedStatus()).toContainText(/Bozza salvata alle \d{2}:\d{2}/)
  }

  savedStatus() {
    return this.page.locator('#app-saved')
  }

  /** The error summary at the top of the form. */
  errorSummary() {
    return this.page.locator('#app-errors')
  }

  /** "Modifica" of a block of the summary, back to that step. */
  async edit(stepTitle: string): Promise<void> {
    await this.page.getByRole('link', { name: `Modifica: ${stepTitle}` }).click()
  }

  /** Sends the application from the summary and waits for the receipt. */
  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Invia la domanda' }).click()
    await expect(this.page.getByRole('heading', { name: 'Domanda inviata' })).toBeVisible()
  }

  async protocolNumber(): Promise<string> {
    return (await this.page.locator('[data-receipt="protocol"]').textContent())?.trim() ?? ''
  }

  async downloadReceipt(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('link', { name: 'Scarica la ricevuta (PDF)' }).click()
    return download
  }
}
