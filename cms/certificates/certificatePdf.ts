import { rgb, type PDFDocument } from 'pdf-lib'

import { drawQrCode, grey, margin, newPdf, nextPage, paragraph, text } from '../documents/pdfLayout'
import { dateTimeToItalian } from '../format/italian'
import type { RegistryFamily, RegistryPerson } from '../registry/registry'
import { printFacts } from './pdfFacts'
import { factsOf } from './registryFacts'
import { type CertificateType, typeLabelOf } from './vocabulary'

/** The sentence art. 40 of DPR 445/2000 requires on every certificate. */
export const article40 = 'Il presente certificato non può essere prodotto agli organi della pubblica amministrazione o ai privati gestori di pubblici servizi.'
/** What a certificate sealed with the demo's test certificate says of itself. */
export const testSealNotice = 'Sigillo di PROVA: documento senza valore legale'

/** Everything a certificate prints. */
export type CertificateContent = {
  type: CertificateType
  /** "Comune di Brindisi". */
  issuer: string
  office: string
  subject: RegistryPerson
  family: RegistryFamily
  use: { kind: 'esente'; label: string; legalReference: string } | { kind: 'bollo'; iuv: string }
  code: string
  issuedAt: Date
  /** `${publicUrl}/verifica-certificato/?codice=<code>`: in the QR code and printed under it. */
  verifyUrl: string
  testSeal: boolean
}

/** The use line: the exemption and its legal reference, or the digital marca da bollo paid through pagoPA. */
export function useLine(use: CertificateContent['use']): string {
  return use.kind === 'esente'
    ? `In esenzione dall’imposta di bollo ai sensi di ${use.legalReference} — uso: ${use.label}.`
    : `Imposta di bollo assolta con marca da bollo digitale pagata con pagoPA, IUV ${use.iuv}.`
}

/**
 * A registry certificate in the Comune's layout and the site's typeface: issuing office, the type's
 * registry data, the use, the art. 40 sentence, date and time of issue, the code and the QR code of the
 * public verification page. Returned unsaved: the seal (seal.ts) adds its signature and writes it.
 */
export async function certificatePdf(c: CertificateContent): Promise<PDFDocument> {
  const w = await newPdf(typeLabelOf(c.type), c.issuer)
  text(w, c.office, { size: 11, color: grey })
  if (c.testSeal) text(w, testSealNotice, { size: 12, bold: true, color: rgb(0.7, 0, 0) })
  w.y -= 4
  paragraph(w, 'L’Ufficiale d’anagrafe, visti gli atti d’ufficio e i dati dell’Anagrafe nazionale della popolazione residente (ANPR), certifica che:')
  w.y -= 4
  printFacts(w, factsOf(c.type, c.subject, c.family))
  paragraph(w, useLine(c.use), { bold: true })
  paragraph(w, article40)
  w.y -= 6
  paragraph(w, `Rilasciato il ${dateTimeToItalian(c.issuedAt)} (ora italiana).`)
  paragraph(w, `Codice del certificato: ${c.code}`, { bold: true })
  paragraph(w, 'Documento informatico con sigillo elettronico del Comune (PAdES). Verifica l’autenticità con il codice o il QR code:', { size: 9, color: grey })
  const side = 110
  if (w.y < margin + side + 30) nextPage(w)
  drawQrCode(w, c.verifyUrl, margin, w.y - side, side)
  w.y -= side + 6
  paragraph(w, c.verifyUrl, { size: 9 })
  if (c.testSeal) paragraph(w, testSealNotice, { size: 9, bold: true, color: rgb(0.7, 0, 0) })
  return w.doc
}
