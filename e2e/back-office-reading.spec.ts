import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'

import { pdfToLines } from '../cms/testing/pdfText'
import { e2e } from '../playwright.config'
import { watchContext, type Watched } from './pages/offSiteWatch'
import { AdminPanel, createStaffAccount } from './pages/AdminPanel'
import { CitizenApi, type ApplicationView } from './pages/CitizenApi'
import { Desk } from './pages/Desk'
import { officeId } from './pages/PracticeDesk'
import { PracticeReading } from './pages/PracticeReading'

type Field = { name: string; label: string; type: string; options?: { value: string; label: string }[]; min?: number; max?: number; maxLength?: number; showIf?: { field: string; equals: string } }
type Slot = { name: string; label: string; types: string[]; showIf?: { field: string; equals: string } }
type Form = { steps: { title: string; fields: Field[] }[]; attachments: Slot[] }
type Service = { slug: string; title: string; office: string; fee?: { amountCents: number }; form?: Form & { enabled: boolean } }

const online = (JSON.parse(readFileSync('content/services.json', 'utf8')) as Service[]).filter((s) => s.form?.enabled)
// Luca Marzo, born in Taranto (L049): his place of birth must read "Taranto (TA)".
const citizen = 'MRZLCU01E17L049E'
const otherPerson = 'GRCRSO66P48A662X'
const day = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const number = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 6 })


/**
 * Answers for every question of a form: choices that reveal the conditional questions and slots
 * (the slots' conditions first, then the first condition wins where two exclude each other), every box ticked, a valid value of each type.
 */
function answersFor(form: Form, prefilled: Record<string, string | number | boolean>) {
  const wanted = new Map<string, string>()
  for (const item of [...form.attachments, ...form.steps.flatMap((s) => s.fields)]) if (item.showIf && !wanted.has(item.showIf.field)) wanted.set(item.showIf.field, item.showIf.equals)
  const data: Record<string, string | number | boolean> = {}
  let n = 0
  for (const field of form.steps.flatMap((s) => s.fields)) {
    n++
    if (field.name in prefilled) data[field.name] = prefilled[field.name]!
    else if (field.type === 'checkbox') data[field.name] = true
    else if (field.options) data[field.name] = wanted.get(field.name) ?? field.options.at(-1)!.value
    else if (field.type === 'number') data[field.name] = (field.max ?? Infinity) - (field.min ?? 0) > 100_000 ? 12_500.5 : 3
    else if (field.type === 'date') data[field.name] = `2027-0${(n % 9) + 1}-1${n % 10}`
    else if (field.type === 'email') data[field.name] = `risposta${n}@example.it`
    else if (field.type === 'tel') data[field.name] = '+39 320 1234567'
    else if (field.type === 'fiscalCode') data[field.name] = otherPerson
    else data[field.name] = (field.maxLength ?? 200) < 40 ? `Risposta ${n}` : `Risposta numero ${n} all’istanza`
  }
  const shown = (item: { showIf?: { field: string; equals: string } }) => !item.showIf || String(data[item.showIf.field]) === item.showIf.equals
  for (const field of form.steps.flatMap((s) => s.fields)) if (!shown(field)) delete data[field.name]
  return { data, shown }
}

/** An answer as the clerk must read it: options by label, Sì/No, Italian dates and numbers. */
function display(field: Field, value: string | number | boolean | undefined): string {
  if (field.type === 'checkbox') return value === true ? 'Sì' : 'No'
  if (field.options) return field.options.find((o) => o.value === value)!.label
  if (field.type === 'date') return day.format(new Date(`${value}T00:00:00Z`))
  if (typeof value === 'number') return number.format(value)
  return String(value)
}

async function fileFor(slot: Slot, n: number) {
  if (slot.types.includes('pdf')) {
    const doc = await PDFDocument.create()
    doc.addPage().drawText(`Documento di prova ${n}`, { x: 50, y: 700 })
    return { name: `documento-${n}.pdf`, mime: 'application/pdf', bytes: await doc.save() }
  }
  return { name: `fotografia-${n}.jpg`, mime: 'image/jpeg', bytes: new Uint8Array(await sharp({ create: { width: 120, height: 90, channels: 3, background: '#4a7a9c' } }).jpeg().toBuffer()) }
}

test('the office’s clerk reads every answer, label and attachment of each online form, and downloads the dossier', async ({ browser, request }) => {
  test.setTimeout(600_000)
  // Seven: "Segnalazione disservizio" has the report flow (/segnalazioni/nuova/) instead of a generic form.
  expect(online).toHaveLength(7)
  const seen: Watched = { offsite: [], errors: [], violations: [] }
  const context = async () => {
    const created = await browser.newContext({ baseURL: e2e.publicUrl, locale: 'it-IT', timezoneId: 'Europe/Rome', acceptDownloads: true })
    watchContext(created, seen)
    const page = await created.newPage()
    return page
  }

  // One clerk in every office that takes online applications.
  const offices: number[] = []
  // One at a time: the administrator's token is cached after the first sign-in (parallel sign-ins trip the rate limit).
  for (const slug of new Set(online.map((s) => s.office))) offices.push(await officeId(request, slug))
  const clerk = { email: `lettura-${Date.now()}@comune.brindisi.example`, password: 'impiegata-password-lunga', name: 'Impiegata Sportello', roles: ['operator'], offices }
  await createStaffAccount(request, clerk)

  const citizenPage = await context()
  await new Desk(citizenPage).logInWithSpid(citizen)
  const desk = new CitizenApi(citizenPage)
  const adminPage = await context()
  await new AdminPanel(adminPage).login(clerk.email, clerk.password)
  const reading = new PracticeReading(adminPage)

  let n = 0
  for (const service of online) {
    const form = service.form!
    // The citizen fills every question and every slot the answers show, and submits.
    const draft = await desk.start(service.slug)
    if (form.steps.some((s) => s.fields.some((f) => f.name === 'birthPlace'))) expect(draft.data.birthPlace).toBe('Taranto (TA)')
    const { data, shown } = answersFor(form, draft.data as Record<string, string | number | boolean>)
    let filled: ApplicationView = await desk.save(draft, data)
    const files = []
    for (const slot of form.attachments.filter(shown)) files.push({ ...(await desk.attach(filled.id, slot.name, await fileFor(slot, ++n))), slot })
    if (service.fee) await desk.payFee(filled.id)
    filled = await desk.submit(filled)
    expect(filled.status).toBe('presentata')

    // The clerk reads it in the admin: every step, label and answer in Italian, every file under its slot's label.
    await reading.open(filled.id)
    const answers = reading.answers()
    await expect(answers).toContainText(filled.protocolNumber!)
    await expect(answers).toContainText(service.title)
    for (const step of form.steps) {
      const visible = step.fields.filter(shown)
      await expect(reading.section(step.title), `${service.slug}: ${step.title}`).toBeVisible()
      for (const field of visible) {
        const question = reading.question(step.title, field.name)
        await expect(question.label, `${service.slug}: ${field.name}`).toContainText(field.label)
        await expect(question.value, `${service.slug}: ${field.label}`).toHaveText(display(field, filled.data[field.name]))
      }
    }
    for (const file of files) {
      const slot = reading.slot(file.slot.label)
      await expect(slot, `${service.slug}: ${file.slot.label}`).toContainText(file.filename)
      await expect(slot).toContainText(file.sha256)
      const preview = slot.getByTitle(`Anteprima di ${file.filename}`).or(slot.getByAltText(`Anteprima di ${file.filename}`))
      await expect(preview).toBeAttached()
    }
    const text = await answers.innerText()
    for (const slot of form.attachments) expect(text, `${service.slug}: nome interno ${slot.name}`).not.toMatch(new RegExp(`\\b${slot.name}\\b`))
    expect(text, "codice catastale o JSON").not.toMatch(/\bL049\b|[{}]/)
    if ('birthPlace' in filled.data) await expect(answers).toContainText('Taranto (TA)')

    // The dossier downloads from the page and holds the answers and the fingerprints.
    const [download] = await Promise.all([adminPage.waitForEvent('download'), reading.dossierLink().click()])
    const lines = (await pdfToLines(new Uint8Array(readFileSync((await download.path())!)))).lines.join(' ')
    for (const field of form.steps.flatMap((s) => s.fields).filter(shown)) {
      // The PDF's typeface has no arrow: it spells "→" as "->" (cms/documents/typeface.ts).
      expect(lines, `fascicolo ${service.slug}`).toContain(field.label.replaceAll('→', '->'))
      expect(lines, `fascicolo ${service.slug}`).toContain(display(field, filled.data[field.name]).replaceAll('→', '->'))
    }
    for (const file of files) expect(lines).toContain(file.sha256)
  }

  // A photo's preview really loads inside the admin's page (same origin, its own strict policy).
  const photo = reading.answers().locator('img[alt^="Anteprima di"]').first()
  // Previews load lazily, as the clerk scrolls to them.
  await photo.scrollIntoViewIfNeeded()
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  expect(seen.offsite, 'richieste verso altri host').toEqual([])
  expect(seen.errors, 'errori nella console').toEqual([])
})
