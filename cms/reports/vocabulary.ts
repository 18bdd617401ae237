// The words of reports (segnalazioni) and assistance requests, shared by the collections, the engine, the API and the admin.

/**
 * Where a report stands. `da-confermare`: sent without logging in, waiting for the email link — never
 * public. Open311 maps ricevuta/in-lavorazione to `open`, risolta/chiusa to `closed`.
 */
export const reportStatuses = [
  { value: 'da-confermare', label: 'In attesa di conferma dell’email' },
  { value: 'ricevuta', label: 'Ricevuta' },
  { value: 'in-lavorazione', label: 'In lavorazione' },
  { value: 'risolta', label: 'Risolta' },
  { value: 'chiusa', label: 'Chiusa' },
] as const
export type ReportStatus = (typeof reportStatuses)[number]['value']

/** The statuses a report can be seen in by the public (map, list, page, Open311). */
export const publicReportStatuses = ['ricevuta', 'in-lavorazione', 'risolta', 'chiusa'] as const satisfies readonly ReportStatus[]
/** The statuses of a report still waiting for the office: duplicates are looked for among these. */
export const openReportStatuses = ['ricevuta', 'in-lavorazione'] as const satisfies readonly ReportStatus[]

/** Why a report was closed without being solved. */
export const reportCloseReasons = [
  { value: 'duplicata', label: 'Duplicata di un’altra segnalazione' },
  { value: 'non-competenza', label: 'Non di competenza del Comune' },
  { value: 'non-riscontrata', label: 'Problema non riscontrato' },
  { value: 'non-pertinente', label: 'Non pertinente o offensiva' },
  { value: 'altro', label: 'Altro motivo' },
] as const
export type ReportCloseReason = (typeof reportCloseReasons)[number]['value']

/** Whether a report's text (and each photo) may be shown to the public: moderation comes first. */
export const moderationStates = [
  { value: 'in-attesa', label: 'Da moderare' },
  { value: 'approvata', label: 'Pubblicata' },
  { value: 'nascosta', label: 'Nascosta' },
] as const
export type ModerationState = (typeof moderationStates)[number]['value']

/** What happens to a report, in its append-only trail ("Storico delle segnalazioni"). */
export const reportEventKinds = [
  { value: 'inviata', label: 'Segnalazione inviata' },
  { value: 'email-confermata', label: 'Email confermata, segnalazione pubblicata' },
  { value: 'assegnata', label: 'Assegnata a un operatore' },
  { value: 'stato', label: 'Cambio di stato' },
  { value: 'risposta', label: 'Risposta pubblica' },
  { value: 'nota', label: 'Nota interna' },
  { value: 'riassegnata', label: 'Passata a un altro ufficio' },
  { value: 'unita', label: 'Unita a un’altra segnalazione' },
  { value: 'moderata', label: 'Moderazione del testo o delle foto' },
  { value: 'seguita', label: 'Un cittadino la segue' },
] as const
export type ReportEventKind = (typeof reportEventKinds)[number]['value']

/** Topics of "Richiedi assistenza". */
export const assistanceTopics = [
  { value: 'servizi-online', label: 'Uso dei servizi online' },
  { value: 'pratica', label: 'Una mia pratica o domanda' },
  { value: 'pagamenti', label: 'Pagamenti' },
  { value: 'appuntamenti', label: 'Appuntamenti' },
  { value: 'certificati', label: 'Certificati' },
  { value: 'informazioni', label: 'Informazioni generali' },
  { value: 'altro', label: 'Altro' },
] as const
export type AssistanceTopic = (typeof assistanceTopics)[number]['value']

/** Where an assistance request stands in the URP's queue. */
export const assistanceStatuses = [
  { value: 'nuova', label: 'Nuova' },
  { value: 'in-lavorazione', label: 'In lavorazione' },
  { value: 'risposta', label: 'Risposta inviata' },
  { value: 'chiusa', label: 'Chiusa' },
] as const
export type AssistanceStatus = (typeof assistanceStatuses)[number]['value']

/** "Ricevuta": the label of a value of one of the lists above (the value itself if unknown). */
export const labelOf = (list: readonly { value: string; label: string }[], value: string | null | undefined): string =>
  list.find((item) => item.value === value)?.label ?? value ?? ''
