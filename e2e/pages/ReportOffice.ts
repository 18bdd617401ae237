import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { e2e } from '../../playwright.config'
import { adminToken } from './SecondFactor'

/** The reports' back office in the admin: the triage queue and a report's "Lavorazione". */
export class ReportOffice {
  constructor(readonly page: Page) {}

  queue() {
    return this.page.getByTestId('report-queue')
  }

  row(code: string) {
    return this.queue().locator(`tr[data-report="${code}"]`)
  }

  /** The queue, whose link the navigation carries (the navigation may be folded away: its address is followed). */
  async openQueue(): Promise<void> {
    const link = this.page.locator('nav').getByRole('link', { name: 'Coda delle segnalazioni' })
    await expect(link).toHaveAttribute('href', '/admin/coda-segnalazioni')
    await this.page.goto(`${e2e.adminUrl}/admin/coda-segnalazioni`)
    await expect(this.page.getByRole('heading', { name: 'Coda delle segnalazioni', level: 1 })).toBeVisible()
  }

  /** A report's page from its queue row. */
  async open(code: string): Promise<void> {
    await this.row(code).getByRole('link', { name: code }).click()
    await expect(this.page.getByTestId('report-office')).toBeVisible()
  }

  outcome() {
    return this.page.getByTestId('report-outcome')
  }

  async assignToMe(): Promise<void> {
    await this.page.getByRole('button', { name: 'Assegna a me' }).click()
    await expect(this.outcome()).toHaveText('Segnalazione assegnata a te.')
  }

  async mergeInto(code: string): Promise<void> {
    await this.page.getByLabel('Codice della segnalazione che resta').fill(code)
    await this.page.getByRole('button', { name: 'Unisci', exact: true }).click()
    await this.page.getByRole('button', { name: 'Sì, unisci' }).click()
  }

  /** Publishes the text (edited) and decides on each photo, in order. */
  async moderate(publicText: string, photos: ('Pubblicata' | 'Nascosta')[]): Promise<void> {
    const form = this.page.getByRole('group', { name: 'Moderazione del testo e delle foto' })
    await form.getByRole('group', { name: 'Testo', exact: true }).getByLabel('Pubblicata').check()
    await this.page.getByLabel('Testo pubblico (togli i dati personali)').fill(publicText)
    for (const [i, state] of photos.entries()) await form.getByRole('group', { name: `Foto ${i + 1}`, exact: true }).getByLabel(state).check()
    await this.page.getByRole('button', { name: 'Salva la moderazione' }).click()
    await expect(this.outcome()).toHaveText('Moderazione salvata.')
  }

  /** A new status (by its label), a public answer, an internal note. */
  async update(change: { status?: string; answer?: string; note?: string }): Promise<void> {
    if (change.status) await this.page.getByLabel('Nuovo stato').selectOption({ label: change.status })
    if (change.answer) await this.page.getByLabel('Risposta pubblica').fill(change.answer)
    if (change.note) await this.page.getByLabel('Nota interna').fill(change.note)
    await this.page.getByRole('button', { name: 'Aggiorna la segnalazione' }).click()
  }
}

/** The id of the office a category of reports goes to, read as the first administrator. */
export async function officeOfCategory(request: APIRequestContext, slug: string): Promise<number> {
  const res = await request.get(`${e2e.adminUrl}/api/report-categories?where[slug][equals]=${slug}&depth=0`, { headers: { Authorization: `JWT ${await adminToken(request)}` } })
  expect(res.ok(), await res.text()).toBe(true)
  return ((await res.json()) as { docs: { office: number }[] }).docs[0]!.office
}
