import { expect, type Locator, type Page } from '@playwright/test'

/** A person of the citizen's registry family, as GET /api/me/certificati/opzioni gives them. */
export type CertificatePerson = { fiscalCode: string; name: string; relation: 'titolare' | 'familiare'; relationLabel: string }

/** The desk's certificates page (/area-personale/certificati/): request form, self-declaration, list. */
export class CertificatesPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/area-personale/certificati/${query}`)
  }

  /** The people the registry lets this citizen ask for, read through the page's own session. */
  people(): Promise<CertificatePerson[]> {
    return this.page.evaluate(async () => {
      const res = await fetch('/api/me/certificati/opzioni', { headers: { accept: 'application/json' } })
      return ((await res.json()) as { people: CertificatePerson[] }).people
    })
  }

  group(name: string) {
    return this.page.getByRole('group', { name, exact: true })
  }

  /** Fills the form: the person by the start of their label (their name), the type by its label, the use; an exemption by the start of its label. */
  async choose(choice: { person: string; type: string; use: 'bollo' | 'esente'; exemption?: string }): Promise<void> {
    await this.pick(this.group('Per chi').getByRole('radio', { name: new RegExp(`^${choice.person}`) }))
    await this.pick(this.group('Tipo di certificato').getByRole('radio', { name: choice.type, exact: true }))
    await this.pick(this.group('Uso').getByRole('radio', { name: choice.use === 'bollo' ? 'Con marca da bollo' : 'In esenzione dall’imposta di bollo' }))
    if (choice.exemption) {
      const select = this.page.getByLabel('Motivo dell’esenzione')
      const value = await select.locator('option', { hasText: choice.exemption }).getAttribute('value')
      await select.selectOption(value!)
    }
  }

  /** bootstrap-italia draws its own radios: the label covers the real input, so the citizen clicks the label. */
  private async pick(radio: Locator): Promise<void> {
    await this.page.locator(`label[for="${await radio.getAttribute('id')}"]`).click()
    await expect(radio).toBeChecked()
  }

  summary() {
    return this.page.getByRole('region', { name: 'Riepilogo' })
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Richiedi il certificato' }).click()
  }

  /** The box after a request: issued (download) or to pay (pagoPA). */
  issued() {
    return this.page.getByRole('region', { name: 'Certificato emesso' })
  }

  toPay() {
    return this.page.getByRole('region', { name: 'Paga il bollo per ottenere il certificato' })
  }

  /** "I miei certificati", one card per certificate. */
  list() {
    return this.page.getByRole('region', { name: 'I miei certificati' }).getByRole('listitem')
  }

  async download(link: Locator) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()])
    return download
  }
}

/** The desk's "Documenti" tab. */
export class DocumentsTab {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/area-personale/')
    await this.page.getByRole('tab', { name: 'Documenti' }).click()
    await expect(this.panel()).toBeVisible()
  }

  panel() {
    return this.page.getByRole('tabpanel', { name: 'Documenti' })
  }

  items() {
    return this.panel().getByRole('listitem')
  }
}
