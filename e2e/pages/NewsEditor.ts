import { expect, type Page } from '@playwright/test'

import { e2e } from '../../playwright.config'

/** The admin's news form, as an editor of the communications office uses it. */
export class NewsEditor {
  constructor(readonly page: Page) {}

  async openNew(): Promise<void> {
    await this.page.goto(`${e2e.adminUrl}/admin/collections/news/create`)
    await expect(this.page.getByLabel(/^Titolo/)).toBeVisible()
  }

  async write(news: { title: string; summary: string; body: string }): Promise<void> {
    await this.page.getByLabel(/^Titolo/).fill(news.title)
    await this.page.getByLabel(/^Descrizione breve/).fill(news.summary)
    const body = this.page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.click()
    await this.page.keyboard.type(news.body)
  }

  /** Uploads a new image from the image field, with its alternative text (required). */
  async attachNewImage(file: { name: string; mimeType: string; buffer: Buffer }, alt: string): Promise<void> {
    const field = this.page.locator('.field-type.upload').filter({ hasText: 'Immagine' })
    await field.getByRole('button', { name: /^nuovo$|crea nuovo|create new/i }).click()
    const drawer = this.page.getByRole('dialog')
    await drawer.locator('input[type="file"]').setInputFiles(file)
    // Payload's drawer does not tie this label to its input: the field id is stable.
    await drawer.locator('#field-alt').fill(alt)
    await drawer.getByRole('button', { name: /^(salva|save)$/i }).click()
    await expect(field.getByText(file.name.replace(/\.[a-z]+$/, '')).first()).toBeVisible({ timeout: 20_000 })
  }

  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: /pubblica modifiche|publish changes/i }).click()
    await expect(this.page.getByText(/riuscit|aggiornat|pubblicat|success/i).first()).toBeVisible()
    await expect(this.page).toHaveURL(/\/admin\/collections\/news\/\d+/)
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: /salva bozza|save draft/i }).click()
    await expect(this.page).toHaveURL(/\/admin\/collections\/news\/\d+/)
  }

  /** The admin's preview link (Payload's "Anteprima") opens the signed preview address in a new tab. */
  async openPreview(): Promise<Page> {
    const [preview] = await Promise.all([
      this.page.waitForEvent('popup'),
      this.page.locator('#preview-button').click(),
    ])
    await preview.waitForLoadState()
    return preview
  }

  /** "Annulla pubblicazione" lives in the document's ⋯ menu and asks for confirmation. */
  async unpublish(): Promise<void> {
    await this.page.locator('.doc-controls__dots').click()
    await this.page.locator('#action-unpublish').click()
    await this.page.getByRole('button', { name: /^(conferma|confirm)$/i }).click()
    await expect(this.page.getByText(/pubblicazione annullata|unpublished successfully/i).first()).toBeVisible()
  }
}
