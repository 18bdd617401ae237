/**
 * The creditor (ente creditore) the portal issues notices for. The default tax code 00081490748 is
 * the one given for the Comune di Brindisi in the issue, but it is an EXAMPLE: it fails the check
 * digit of an 11-digit tax code (expected last digit 0), so it must be confirmed against IndicePA
 * before going live. Deployments set SPORTELLO_PAGOPA_CREDITOR_FISCAL_CODE, checked at start-up with the
 * other creditor settings (cms/settings/schema.ts).
 */
export type Creditor = { fiscalCode: string; name: string; segregationCode: string }

/** The shape of a debtor's tax code: 16 characters for a person, 11 digits for a company or body. */
export const isDebtorCode = (code: string): boolean => /^([A-Z0-9]{16}|\d{11})$/.test(code)

/** Position statuses, as stored and shown. */
export const positionStatuses = [
  { value: 'da-pagare', label: 'Da pagare' },
  { value: 'pagata', label: 'Pagata' },
  { value: 'scaduta', label: 'Scaduta' },
  { value: 'annullata', label: 'Annullata' },
] as const

export type PositionStatus = (typeof positionStatuses)[number]['value']

/** Euro cents as Italian money text (the one formatter: cms/format/italian.ts). */
export { centsToEuro } from '../format/italian'

/** The Comune's province (sigla): where an application's digital stamp duty is due (GPD "provincialResidence"). */
export const COMUNE_PROVINCE = 'BR'
