import { rgb } from 'pdf-lib'

import type { FormData, ServiceForm } from '../../cms/forms/serviceForm'
import type { PracticeAttachment } from '../../cms/payload-types'
import { a4, ink, margin, newPdf, nextPage, text, type PdfWriter } from '../../cms/documents/pdfLayout'
import { widthOfText } from '../../cms/documents/typeface'

/** What the receipt of a submitted application states. */
export type PracticeReceipt = {
  protocolNumber: string; submittedAt: string; serviceTitle: string; officeTitle: string
  applicantName: string; applicantFiscalCode: string; form: ServiceForm; data: FormData; attachments: PracticeAttachment[]
}

const width = a4.width - 2 * margin
const grey = rgb(0.3, 0.35, 0.4)
/** Splits text into lines that fit the page width at the given size; line breaks and tabs the citizen typed become spaces. */
function wrap(w: PdfWriter, value: string, size: number, bold = false): string[] {
  const face = bold ? w.bold : w.regular
  const lines: string[] = []
  let line = ''
  for (const word of value.replace(/\r\n|[\r\n\t]/g, ' ').split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (widthOfText(face, next, size) <= width || !line) line = next
    else {
      lines.push(line)
      line = word
    }
  }
  return [...lines, line]
}

/** Writes wrapped text, starting a new page when the current one is full. */
function paragraph(w: PdfWriter, value: string, options: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb> } = {}): void {
  const size = options.size ?? 10
  for (const line of wrap(w, value, size, options.bold)) {
    if (w.y < margin + size * 2) nextPage(w)
    text(w, line, { size, bold: options.bold, color: options.color ?? ink })
  }
}

const answerToText = (value: string | number | boolean | undefined, options?: { value: string; label: string }[]): string => {
  if (value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? 'Sì' : 'No'
  return options?.find((o) => o.value === String(value))?.label ?? String(value)
}

/**
 * "Ricevuta di presentazione": the protocol number and date, the answers as the citizen gave
 * them, and each attachment's name and SHA-256 fingerprint, so the citizen can prove what was sent.
 */
export async function practiceReceiptPdf(receipt: PracticeReceipt): Promise<Uint8Array> {
  const w = await newPdf(`Ricevuta di presentazione — ${receipt.serviceTitle}`, 'Comune di Brindisi')
  const date = new Date(receipt.submittedAt).toLocaleString('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long', timeStyle: 'short' })
  paragraph(w, `Protocollo n. ${receipt.protocolNumber} del ${date}`, { size: 13, bold: true })
  paragraph(w, `Richiedente: ${receipt.applicantName} — codice fiscale ${receipt.applicantFiscalCode}`)
  paragraph(w, `Ufficio responsabile: ${receipt.officeTitle}`)
  w.y -= 6
  for (const step of receipt.form.steps) {
    const answered = step.fields.filter((f) => receipt.data[f.name] !== undefined)
    if (!answered.length) continue
    paragraph(w, step.title, { size: 12, bold: true })
    for (const f of answered) paragraph(w, `${f.label}: ${answerToText(receipt.data[f.name], f.options)}`)
    w.y -= 4
  }
  paragraph(w, 'Allegati', { size: 12, bold: true })
  if (!receipt.attachments.length) paragraph(w, 'Nessun allegato.')
  for (const a of receipt.attachments) {
    paragraph(w, `${a.filename} (${Math.max(1, Math.round(a.size / 1024))} KB)`, { bold: true })
    paragraph(w, `SHA-256: ${a.sha256}`, { size: 8, color: grey })
  }
  w.y -= 6
  paragraph(w, 'Questa ricevuta attesta la presentazione della domanda. Puoi seguirne lo stato nella tua area personale, sezione «Le mie pratiche».', { size: 9, color: grey })
  return w.doc.save()
}
