import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'

import { expect, type Page } from '@playwright/test'
import { simpleParser, type ParsedMail } from 'mailparser'

/** A label as the page writes it, with or without the required mark. */
const labelPattern = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`)

/** The citizen's booking pages (/prenotazione-appuntamento/), one step per screen, plain forms. */
export class Booking {
  constructor(readonly page: Page) {}

  /** The step the step bar marks as current (aria-current="step"). */
  currentStep() {
    return this.page.locator('.steppers-header li[aria-current="step"]')
  }

  async expectStep(name: string): Promise<void> {
    await expect(this.currentStep()).toContainText(name)
  }

  /** "Ufficio": the office, by the text of its label. */
  async chooseOffice(name: string | RegExp): Promise<void> {
    await this.expectStep('Ufficio')
    await this.choose(name)
    await this.next()
  }

  /** "Data e orario": the n-th day with free places in the month view (opening the next month if needed), then its n-th free slot. */
  async chooseSlot(dayIndex = 0, slotIndex = 0): Promise<string> {
    const days = this.page.locator('table.booking-calendar a[data-day]')
    if ((await days.count()) <= dayIndex) await this.page.getByRole('link', { name: 'Mese successivo' }).click()
    const day = days.nth(dayIndex)
    const iso = (await day.getAttribute('data-day'))!
    await day.click()
    await expect(this.page.getByRole('group', { name: /Orari liberi/ })).toBeVisible()
    const slot = this.page.getByRole('group', { name: /Orari liberi/ }).getByRole('radio').nth(slotIndex)
    const label = this.page.locator(`label[for="${await slot.getAttribute('id')}"]`)
    // bootstrap-italia draws its own radios: the label covers the real input, so the citizen clicks the label.
    await label.click()
    await expect(slot).toBeChecked()
    return `${iso} ${(await label.textContent())!.trim()}`
  }

  /** A radio by its label. */
  async choose(name: string | RegExp): Promise<void> {
    const radio = this.page.getByRole('radio', { name })
    await this.page.locator(`label[for="${await radio.getAttribute('id')}"]`).click()
    await expect(radio).toBeChecked()
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Avanti' }).click()
  }

  /** A field by its label's exact text (a required field's "*" is hidden from screen readers). */
  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value)
  }

  field(label: string) {
    return this.page.getByLabel(labelPattern(label))
  }

  async confirm(): Promise<void> {
    await this.expectStep('Riepilogo')
    await this.page.getByRole('button', { name: 'Conferma la prenotazione' }).click()
  }

  code() {
    return this.page.getByTestId('codice')
  }

  status() {
    return this.page.getByTestId('stato')
  }

  when() {
    return this.page.getByTestId('quando')
  }

  notice() {
    return this.page.locator('#prenota-avviso')
  }
}

/** The emails the portal sent (the demo's outgoing mail folder), parsed, newest last. */
export async function sentEmails(): Promise<ParsedMail[]> {
  const folder = path.join('.e2e', 'data', 'posta-in-uscita')
  if (!existsSync(folder)) return []
  const names = readdirSync(folder).sort()
  return Promise.all(names.map((name) => simpleParser(readFileSync(path.join(folder, name)))))
}

/** The text of the newest email to `to` whose text contains `needle`, or null. */
export async function emailTo(to: string, needle: string): Promise<ParsedMail | null> {
  const mails = (await sentEmails()).filter((m) => JSON.stringify(m.to ?? '').toLowerCase().includes(to.toLowerCase()) && `${m.text ?? ''}${m.html || ''}`.includes(needle))
  return mails.at(-1) ?? null
}

/** The first address of the portal in an email that starts with `pathPrefix`. */
export function linkIn(mail: ParsedMail, pathPrefix: string): string | null {
  const text = `${mail.text ?? ''} ${mail.html || ''}`.replace(/&amp;/g, '&')
  const match = text.match(new RegExp(`https?://[^\\s"'<>]*${pathPrefix.replace(/[/?.]/g, '\\$&')}[^\\s"'<>]*`))
  return match ? match[0] : null
}
