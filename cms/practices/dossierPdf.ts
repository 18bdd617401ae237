import { grey, newPdf, paragraph, type PdfWriter } from '../documents/pdfLayout'
import { dateTimeToItalian } from '../format/italian'
import { eventToWords } from './historyWords'
import type { PracticeReading } from './readPractice'
import { statusToLabel } from './workflow'

const heading = (w: PdfWriter, title: string) => {
  w.y -= 8
  paragraph(w, title, { size: 13, bold: true })
}

/**
 * "Fascicolo della pratica": the office's whole record of one application in one PDF — the
 * receipt's data, the answers by section as the citizen submitted them, each attachment with its
 * SHA-256 fingerprint, and the history including the office's internal notes (marked as such).
 */
export async function practiceDossierPdf({ practice, service, office, application, events }: PracticeReading): Promise<Uint8Array> {
  const w = await newPdf(`Fascicolo della pratica — ${practice.title}`, 'Comune di Brindisi')
  paragraph(w, practice.protocolNumber ? `Protocollo n. ${practice.protocolNumber}` : 'Domanda senza numero di protocollo', { size: 12, bold: true })
  if (practice.submittedAt) paragraph(w, `Presentata il ${dateTimeToItalian(practice.submittedAt)}`)
  paragraph(w, `Servizio: ${service?.title ?? practice.title}`)
  paragraph(w, `Ufficio responsabile: ${office?.title ?? '—'}`)
  paragraph(w, `Richiedente: ${practice.applicantName} — codice fiscale ${practice.applicantFiscalCode}`)
  paragraph(w, `Stato: ${statusToLabel(practice.status)}`)
  // The evidence of consent the citizen gave before filling in the form.
  paragraph(w, practice.privacyAcceptedAt ? `Informativa sulla privacy accettata il ${dateTimeToItalian(practice.privacyAcceptedAt)}` : 'Accettazione dell’informativa sulla privacy non registrata')

  heading(w, 'Dati della domanda')
  if (!application) paragraph(w, 'Il modulo con cui è stata presentata la domanda non è più disponibile.', { color: grey })
  for (const section of application?.sections ?? []) {
    paragraph(w, section.title, { size: 11, bold: true })
    for (const answer of section.answers) {
      paragraph(w, answer.label, { size: 9, color: grey, indent: 10 })
      paragraph(w, answer.value, { indent: 10 })
    }
    w.y -= 4
  }

  heading(w, 'Allegati')
  if (!application?.attachments.length) paragraph(w, 'Nessun allegato.')
  for (const group of application?.attachments ?? []) {
    paragraph(w, group.label, { size: 11, bold: true })
    for (const file of group.files) {
      paragraph(w, `${file.filename} — ${file.size} — ${file.source}`, { indent: 10 })
      paragraph(w, `SHA-256: ${file.sha256}`, { size: 8, color: grey, indent: 10 })
    }
  }

  heading(w, 'Storico')
  if (!events.length) paragraph(w, 'Nessun evento registrato.')
  for (const event of events) {
    const internal = event.visibleToCitizen ? '' : ' — interno, non visibile al cittadino'
    paragraph(w, `${dateTimeToItalian(event.createdAt)}${internal}`, { size: 9, color: grey })
    // In the words of the admin's history (PracticeHistory), so the page and the paper agree.
    paragraph(w, `${event.actorLabel} ${eventToWords(event)}`, { bold: true, indent: 10 })
    if (event.message) paragraph(w, event.message, { indent: 10 })
  }
  return w.doc.save()
}
