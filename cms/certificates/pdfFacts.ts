import { field, grey, paragraph, text, type PdfWriter } from '../documents/pdfLayout'
import type { FactSection } from './registryFacts'

/** Prints the registry facts: each section's heading, its rows, and the family's members one per line. */
export function printFacts(w: PdfWriter, sections: FactSection[]): void {
  for (const section of sections) {
    text(w, section.title, { size: 12, bold: true })
    for (const row of section.rows) field(w, row.label, row.value)
    for (const [i, member] of (section.members ?? []).entries()) {
      paragraph(w, `${i + 1}. ${member.name} — ${member.relation}`, { bold: true, indent: 10 })
      paragraph(w, member.birth, { indent: 24, color: grey })
    }
    w.y -= 6
  }
}
