// The words of certificates, shared by the collections, the engine, the API and the admin.

/** The registry certificates the Comune issues online (DPR 223/1989, art. 33). */
export const certificateTypes = [
  { value: 'residenza', label: 'Certificato di residenza' },
  { value: 'stato-di-famiglia', label: 'Certificato di stato di famiglia' },
  { value: 'nascita', label: 'Certificato di nascita' },
  { value: 'cittadinanza', label: 'Certificato di cittadinanza' },
  { value: 'esistenza-in-vita', label: 'Certificato di esistenza in vita' },
  { value: 'stato-civile', label: 'Certificato di stato civile' },
  { value: 'contestuale', label: 'Certificato contestuale (residenza, cittadinanza, stato di famiglia, esistenza in vita)' },
] as const
export type CertificateType = (typeof certificateTypes)[number]['value']

/** "Certificato di residenza": the label of a type (the value itself if it is none of ours). */
export const typeLabelOf = (type: string): string => certificateTypes.find((t) => t.value === type)?.label ?? type

/** Where a certificate stands: waiting for the bollo to be paid, issued, revoked by staff, or dropped unpaid. */
export const certificateStatuses = [
  { value: 'da-pagare', label: 'In attesa del pagamento' },
  { value: 'emesso', label: 'Emesso' },
  { value: 'revocato', label: 'Revocato' },
  { value: 'annullato', label: 'Annullato' },
] as const
export type CertificateStatus = (typeof certificateStatuses)[number]['value']

/** The use declared by the citizen: with marca da bollo, or exempt under one of the office's listed reasons. */
export const certificateUses = [
  { value: 'bollo', label: 'Con marca da bollo' },
  { value: 'esente', label: 'In esenzione dall’imposta di bollo' },
] as const
export type CertificateUse = (typeof certificateUses)[number]['value']

/** Whom the certificate is about, seen from the citizen who asks for it. */
export const certificateRelations = [
  { value: 'titolare', label: 'Per sé' },
  { value: 'familiare', label: 'Per un componente della famiglia' },
] as const

/** What happens to a certificate, in its append-only trail. */
export const certificateEventKinds = [
  { value: 'richiesto', label: 'Richiesto' },
  { value: 'emesso', label: 'Emesso' },
  { value: 'revocato', label: 'Revocato' },
  { value: 'annullato', label: 'Annullato' },
] as const
export type CertificateEventKind = (typeof certificateEventKinds)[number]['value']
