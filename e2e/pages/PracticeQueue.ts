import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { e2e } from '../../playwright.config'
import { adminToken } from './SecondFactor'

const richText = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
    { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }] },
  ] },
})

/** The back office's home and list of applications, as a clerk finds and organises their work. */
export class PracticeQueue {
  constructor(readonly page: Page) {}

  /** One count of the queue on the dashboard (e.g. "presentata", "assegnate-a-me"). */
  line(key: string) {
    return this.page.locator(`[data-queue="${key}"]`)
  }

  async expectCount(key: string, count: number): Promise<void> {
    await expect(this.line(key).locator('strong')).toHaveText(String(count))
  }

  /** The list's search box ("Cerca per Numero di protocollo, …"). */
  searchBox() {
    return this.page.locator('#search-filter-input')
  }

  rows() {
    return this.page.locator('.table tbody tr')
  }

  async openList(): Promise<void> {
    await this.page.goto(`${e2e.adminUrl}/admin/collections/practices`)
    await expect(this.searchBox()).toBeVisible()
  }

  /** Saves the list's current filters as a new saved filter ("filtro salvato"). */
  async saveFilter(title: string): Promise<void> {
    await this.page.locator('#create-new-preset').click()
    const drawer = this.page.locator('.drawer__content').last()
    await drawer.getByLabel('Nome del filtro').fill(title)
    await drawer.getByRole('button', { name: /^salva$/i }).click()
    await expect(this.page.locator('#select-preset')).toContainText(title)
  }
}

/** A new office with a published service that takes online applications through a one-step form, made as the first administrator. */
export async function createOfficeWithOnlineService(request: APIRequestContext, stamp: number): Promise<{ officeId: number; serviceSlug: string }> {
  const headers = { Authorization: `JWT ${await adminToken(request)}` }
  const office = await request.post(`${e2e.adminUrl}/api/offices`, { headers, data: { title: `Ufficio Coda ${stamp}`, slug: `ufficio-coda-${stamp}`, type: 'ufficio', summary: 'Ufficio delle prove della coda', _status: 'published' } })
  expect(office.ok(), await office.text()).toBe(true)
  const officeId = ((await office.json()) as { doc: { id: number } }).doc.id
  const serviceSlug = `domanda-coda-${stamp}`
  const form = {
    enabled: true, privacyNotice: 'Il Comune tratta i tuoi dati per gestire la domanda.', attachments: [],
    steps: [{ title: 'Richiesta', fields: [
      { name: 'fiscalCode', label: 'Codice fiscale', type: 'fiscalCode', required: true, prefill: 'fiscalCode' },
      { name: 'request', label: 'Che cosa chiedi?', type: 'text', required: true },
    ] }],
  }
  const service = await request.post(`${e2e.adminUrl}/api/services`, {
    headers,
    data: {
      title: 'Domanda di prova della coda', slug: serviceSlug, summary: 'Servizio delle prove della coda', category: 'anagrafe-e-stato-civile', office: officeId, maxDays: 30,
      audience: richText('Tutti'), howTo: richText('Online'), needed: richText('Nulla'), output: richText('Una risposta'), times: richText('30 giorni'),
      channels: { online: true }, form, _status: 'published',
    },
  })
  expect(service.ok(), await service.text()).toBe(true)
  return { officeId, serviceSlug }
}

/** A citizen already signed in on this page submits an application through the portal's API; returns its protocol number. */
export async function submitThroughApi(page: Page, serviceSlug: string, answer: string): Promise<string> {
  const headers = { origin: e2e.publicUrl }
  const created = await page.request.post(`${e2e.publicUrl}/api/me/pratiche`, { headers, data: { service: serviceSlug } })
  expect(created.ok(), await created.text()).toBe(true)
  const draft = (await created.json()) as { id: number; version: number; data: Record<string, unknown> }
  const saved = await page.request.put(`${e2e.publicUrl}/api/me/pratiche/${draft.id}`, { headers, data: { version: draft.version, data: { ...draft.data, request: answer } } })
  expect(saved.ok(), await saved.text()).toBe(true)
  const submitted = await page.request.post(`${e2e.publicUrl}/api/me/pratiche/${draft.id}/invio`, {
    headers: { ...headers, 'idempotency-key': `coda-${draft.id}-${Date.now()}` }, data: { version: ((await saved.json()) as { version: number }).version, privacyAccepted: true },
  })
  expect(submitted.ok(), await submitted.text()).toBe(true)
  return ((await submitted.json()) as { protocolNumber: string }).protocolNumber
}
