/** The states of an application (pratica), in the order the municipal model shows them. */
export const practiceStatuses = [
  { value: 'bozza', label: 'Bozza' },
  { value: 'presentata', label: 'Presentata' },
  { value: 'in-lavorazione', label: 'In lavorazione' },
  { value: 'in-attesa-cittadino', label: 'In attesa di integrazioni' },
  { value: 'accolta', label: 'Accolta' },
  { value: 'respinta', label: 'Respinta' },
  { value: 'chiusa', label: 'Chiusa' },
] as const

export type PracticeStatus = (typeof practiceStatuses)[number]['value']

/** Statuses of an application the office still has to decide. */
export const openStatuses: readonly PracticeStatus[] = ['presentata', 'in-lavorazione', 'in-attesa-cittadino']
/** Statuses of a decided application: its legal term no longer runs. */
export const decidedStatuses: readonly PracticeStatus[] = ['accolta', 'respinta', 'chiusa']

/** True once the office has decided the application. */
export const isDecided = (status: string | null | undefined): boolean => decidedStatuses.some((s) => s === status)

/**
 * The workflow: which status an operator may move an application to from each status. Drafts
 * become "presentata" only through the citizen's submission; answering a request for documents
 * brings it back "in lavorazione" (the citizen's answer does it too).
 */
const transitions: Record<PracticeStatus, readonly PracticeStatus[]> = {
  bozza: [],
  presentata: ['in-lavorazione', 'respinta', 'chiusa'],
  'in-lavorazione': ['in-attesa-cittadino', 'accolta', 'respinta', 'chiusa'],
  'in-attesa-cittadino': ['in-lavorazione', 'respinta', 'chiusa'],
  accolta: ['chiusa'],
  respinta: [],
  chiusa: [],
}

/** True when an operator may move an application from one status to the other. */
export const canMoveTo = (from: PracticeStatus, to: PracticeStatus): boolean => from === to || transitions[from].includes(to)

/** The statuses reachable from one, for messages and the admin. */
export const nextStatuses = (from: PracticeStatus): readonly PracticeStatus[] => transitions[from]

/** The Italian label of a status. */
export const statusToLabel = (status: string): string => practiceStatuses.find((s) => s.value === status)?.label ?? status

/** "«In lavorazione», «Respinta» o «Chiusa»": statuses as an Italian list. */
const statusesToItalian = (statuses: readonly PracticeStatus[]): string => {
  const labels = statuses.map((s) => `«${statusToLabel(s)}»`)
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} o ${labels.at(-1)}` : labels.join('')
}

/** Why an operator cannot move an application between two statuses, naming where it can go instead. */
export function refusedMoveToItalian(from: PracticeStatus, to: PracticeStatus): string {
  const next = nextStatuses(from)
  const instead = next.length ? `da «${statusToLabel(from)}» puoi passare ${toward(statusesToItalian(next))}` : `una pratica «${statusToLabel(from)}» è conclusa e non cambia più stato`
  return `Non è possibile passare da «${statusToLabel(from)}» ${toward(`«${statusToLabel(to)}»`)}: ${instead}.`
}

/** "a «Chiusa»", "ad «Accolta»". */
const toward = (text: string) => (/^«?a/i.test(text) ? `ad ${text}` : `a ${text}`)

/** The kinds of entries in an application's history (audit trail). */
export const practiceEventKinds = [
  { value: 'creata', label: 'Bozza creata' },
  { value: 'presentata', label: 'Domanda presentata' },
  { value: 'stato', label: 'Cambio di stato' },
  { value: 'assegnazione', label: 'Assegnazione' },
  { value: 'nota-interna', label: 'Nota interna (non visibile al cittadino)' },
  { value: 'messaggio', label: 'Messaggio al cittadino' },
  { value: 'richiesta-integrazioni', label: 'Richiesta di integrazioni' },
  { value: 'integrazioni', label: 'Integrazioni inviate dal cittadino' },
] as const

export type PracticeEventKind = (typeof practiceEventKinds)[number]['value']

/** The kinds an operator writes by hand in the back office; the others are written by the system. */
export const operatorEventKinds: readonly PracticeEventKind[] = ['nota-interna', 'messaggio', 'richiesta-integrazioni']
