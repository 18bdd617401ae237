import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import path from 'node:path'

import { expect, type Page } from '@playwright/test'
import sharp from 'sharp'

import { Booking } from './Booking'

/** The new report's steps (/segnalazioni/nuova/): the booking's step bar, radios and labelled fields. */
export class NewReport extends Booking {
  constructor(page: Page) {
    super(page)
  }

  async open(): Promise<void> {
    await this.page.goto('/segnalazioni/nuova/')
    await this.expectStep('Categoria e luogo')
  }

  /** Categoria e luogo: a category (by its label) and a street of the list, then Avanti. */
  async place(category: string, street: string, houseNumber?: string): Promise<void> {
    await this.choose(new RegExp(category))
    await this.fill('Via o piazza', street)
    if (houseNumber) await this.fill('Numero civico (facoltativo)', houseNumber)
    await this.next()
  }

  /** "Già segnalato?" shows up only with similar open reports nearby; otherwise the flow is at Dettagli already. */
  async sayDifferentIfAsked(): Promise<void> {
    await expect(this.currentStep()).toContainText(/Già segnalato\?|Dettagli/)
    if ((await this.currentStep().textContent())?.includes('Già segnalato?')) await this.page.getByRole('link', { name: 'No, è un problema diverso' }).click()
    await this.expectStep('Dettagli')
  }

  nearby(code: string) {
    return this.page.getByTestId('vicine').locator(`[data-report="${code}"]`)
  }

  async attach(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.page.locator('#segnala-foto').setInputFiles(files)
  }

  async send(): Promise<void> {
    await this.page.getByRole('button', { name: 'Invia la segnalazione' }).click()
  }
}

/** A report's public page and the public list with its map. */
export class PublicReports {
  constructor(readonly page: Page) {}

  field(testId: 'categoria' | 'stato' | 'luogo' | 'coordinate' | 'testo') {
    return this.page.getByTestId('segnalazione').getByTestId(testId)
  }

  listItem(code: string) {
    return this.page.getByTestId('elenco').locator(`[data-report-code="${code}"]`)
  }

  marker(code: string) {
    return this.page.locator(`.report-map .report-marker[data-code="${code}"]`)
  }
}

/** A JPEG made on the spot, with a camera's EXIF and a GPS position (degrees, north and east). */
export async function photoWithGps(latitude: number, longitude: number): Promise<Buffer> {
  const dms = (value: number) => {
    const degrees = Math.floor(value)
    const minutes = Math.floor((value - degrees) * 60)
    const seconds = Math.round(((value - degrees) * 60 - minutes) * 60 * 100)
    return `${degrees}/1 ${minutes}/1 ${seconds}/100`
  }
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 240, g: 200, b: 40 } } })
    .withExif({ IFD0: { Make: 'Fotocamera di prova', Model: 'Telefono' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: dms(latitude), GPSLongitudeRef: 'E', GPSLongitude: dms(longitude) } })
    .jpeg()
    .toBuffer()
}

/** The report photos the portal stored since `since` (the private folder of the e2e data), as files. */
export function storedPhotosSince(since: number): Buffer[] {
  const folder = path.join('.e2e', 'data', 'private', 'segnalazioni')
  if (!existsSync(folder)) return []
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (statSync(full).mtimeMs >= since) files.push(full)
    }
  }
  walk(folder)
  return files.map((file) => readFileSync(file))
}
