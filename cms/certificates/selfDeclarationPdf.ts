import { grey, newPdf, paragraph, text } from '../documents/pdfLayout'
import { dateToItalian } from '../format/italian'
import type { RegistryFamily, RegistryPerson } from '../registry/registry'
import { printFacts } from './pdfFacts'
import { addressOf, factsOf, fullName, registryDay } from './registryFacts'
import { type CertificateType, typeLabelOf } from './vocabulary'

/** The warning of art. 76 DPR 445/2000 every self-declaration carries. */
export const article76 = 'consapevole delle sanzioni penali previste dall’art. 76 del D.P.R. 28 dicembre 2000, n. 445, per le ipotesi di falsità in atti e dichiarazioni mendaci, e della decadenza dai benefici eventualmente conseguiti (art. 75)'

/** What a self-declaration prints: who declares, about whom, and the registry data of the type. */
export type SelfDeclarationContent = {
  type: CertificateType
  issuer: string
  declarant: RegistryPerson
  subject: RegistryPerson
  family: RegistryFamily
  today?: Date
}

/**
 * "Dichiarazione sostitutiva di certificazione" (artt. 46 e 47 DPR 445/2000) in place of a
 * certificate of `type`, pre-filled with the registry data: the citizen signs and hands it in; public
 * offices and private operators of public services must accept it (art. 43, art. 74). Free, not sealed.
 */
export async function selfDeclarationPdf(d: SelfDeclarationContent): Promise<Uint8Array> {
  const w = await newPdf('Dichiarazione sostitutiva di certificazione', d.issuer)
  text(w, `(artt. 46 e 47 del D.P.R. 28 dicembre 2000, n. 445) — in luogo del ${typeLabelOf(d.type).replace(/^Certificato/, 'certificato')}`, { size: 10, color: grey })
  w.y -= 4
  const me = d.declarant
  const born = me.sex === 'F' ? 'nata' : 'nato'
  paragraph(w, `Il/La sottoscritto/a ${fullName(me)}, ${born} a ${me.birthPlace} il ${registryDay(me.birthDate)}, codice fiscale ${me.fiscalCode}, residente in ${addressOf(d.family)}, ${article76},`)
  w.y -= 4
  text(w, 'DICHIARA', { size: 12, bold: true })
  paragraph(w, d.subject.fiscalCode === me.fiscalCode
    ? 'quanto segue, come risulta all’anagrafe del Comune:'
    : `quanto segue riguardo a ${fullName(d.subject)}, componente della propria famiglia anagrafica (${d.subject.relationToHead.toLowerCase()}), come risulta all’anagrafe del Comune:`)
  w.y -= 4
  printFacts(w, factsOf(d.type, d.subject, d.family))
  paragraph(w, 'Dichiara inoltre di essere informato/a, ai sensi del Regolamento (UE) 2016/679, che i dati personali raccolti saranno trattati, anche con strumenti informatici, esclusivamente nell’ambito del procedimento per il quale la presente dichiarazione viene resa.', { size: 9 })
  w.y -= 14
  text(w, `Luogo e data: ____________________, ${dateToItalian(d.today ?? new Date())}`)
  w.y -= 14
  text(w, 'Il/La dichiarante: ____________________________________')
  w.y -= 10
  paragraph(w, 'La dichiarazione non va autenticata. Si presenta firmata con la copia di un documento d’identità valido, oppure firmata davanti al dipendente addetto, o inviata per via telematica secondo l’art. 65 del D.Lgs. 82/2005 (art. 38 D.P.R. 445/2000). Le pubbliche amministrazioni e i gestori di pubblici servizi sono tenuti ad accettarla (artt. 43 e 74 D.P.R. 445/2000). È esente dall’imposta di bollo.', { size: 9, color: grey })
  return w.doc.save()
}
