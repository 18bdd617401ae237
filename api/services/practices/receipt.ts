import type { FormData } from '../../../cms/forms/serviceForm'
import { practiceReceiptPdf } from '../../documents/practiceReceiptPdf'
import { ApiError } from '../../errors'
import { findMyPractice, formOfPractice, type PracticeStores } from './lookups'
import type { Download } from './views'

/** The PDF receipt of one of the citizen's submitted applications: protocol number, answers, attachments' fingerprints. */
export async function myPracticeReceipt(stores: PracticeStores, citizenId: number, id: number): Promise<Download> {
  const practice = await findMyPractice(stores, citizenId, id)
  if (practice.status === 'bozza' || !practice.protocolNumber || !practice.submittedAt) throw new ApiError('not_found', 'La ricevuta è disponibile dopo la presentazione della domanda.')
  const office = typeof practice.office === 'object' ? practice.office.title : ''
  const bytes = await practiceReceiptPdf({
    protocolNumber: practice.protocolNumber, submittedAt: practice.submittedAt, serviceTitle: practice.title, officeTitle: office,
    applicantName: practice.applicantName, applicantFiscalCode: practice.applicantFiscalCode, form: await formOfPractice(stores, practice),
    data: (practice.data ?? {}) as FormData, attachments: (await stores.attachments.listByPractice(practice.id)).filter((a) => a.source === 'domanda'),
  })
  return { filename: `ricevuta-${practice.protocolNumber.replace('/', '-')}.pdf`, mime: 'application/pdf', bytes }
}
