import type { FormData, ServiceForm } from '../../cms/forms/serviceForm'
import type { PracticeAttachment } from '../../cms/payload-types'
import { grey, newPdf, paragraph } from '../../cms/documents/pdfLayout'
import { bytesToItalian, dateTimeToItalian } from '../../cms/format/italian'
import { readApplication } from '../../cms/practices/answers'

/** What the receipt of a submitted application states. */
export type PracticeReceipt = {
  protocolNumber: string; submittedAt: string; serviceTitle: string; officeTitle: string
  applicantName: string; applicantFiscalCode: string; form: ServiceForm; data: FormData; attachments: PracticeAttachment[]
}

/**
 * "Ricevuta di presentazione": the protocol number and date, the answers as the citizen gave
 * them, and each attachment's name and SHA-256 fingerprint, so the citizen can prove what was sent.
 */
export async function practiceReceiptPdf(receipt: PracticeReceipt): Promise<Uint8Array> {
  const w = await newPdf(`Ricevuta di presentazione — ${receipt.serviceTitle}`, 'Comune di Brindisi')
  const date = dateTimeToItalian(receipt.submittedAt)
  paragraph(w, `Protocollo n. ${receipt.protocolNumber} del ${date}`, { size: 13, bold: true })
  paragraph(w, `Richiedente: ${receipt.applicantName} — codice fiscale ${receipt.applicantFiscalCode}`)
  paragraph(w, `Ufficio responsabile: ${receipt.officeTitle}`)
  w.y -= 6
  const { sections } = await readApplication(receipt.form, receipt.data, [])
  for (const section of sections) {
    paragraph(w, section.title, { size: 12, bold: true })
    for (const answer of section.answers) paragraph(w, `${answer.label}: ${answer.value}`)
    w.y -= 4
  }
  paragraph(w, 'Allegati', { size: 12, bold: true })
  if (!receipt.attachments.length) paragraph(w, 'Nessun allegato.')
  for (const a of receipt.attachments) {
    paragraph(w, `${a.filename} (${bytesToItalian(a.size)})`, { bold: true })
    paragraph(w, `SHA-256: ${a.sha256}`, { size: 8, color: grey })
  }
  w.y -= 6
  paragraph(w, 'Questa ricevuta attesta la presentazione della domanda. Puoi seguirne lo stato nella tua area personale, sezione «Le mie pratiche».', { size: 9, color: grey })
  return w.doc.save()
}
