import type { PracticeEvent } from '../payload-types'
import { statusToLabel } from './workflow'

/** «Accolta» → ad «Accolta», «Chiusa» → a «Chiusa». */
const toStatus = (status: string) => {
  const label = statusToLabel(status)
  return /^a/i.test(label) ? `ad «${label}»` : `a «${label}»`
}

/** What happened, in words, after the name of who did it. */
export function eventToWords(event: Pick<PracticeEvent, 'kind' | 'fromStatus' | 'toStatus'>): string {
  switch (event.kind) {
    case 'creata': return 'ha creato la bozza'
    case 'presentata': return 'ha presentato la domanda'
    case 'stato': return event.fromStatus && event.toStatus ? `ha cambiato lo stato da «${statusToLabel(event.fromStatus)}» ${toStatus(event.toStatus)}` : `ha portato la pratica ${toStatus(event.toStatus ?? '')}`
    case 'assegnazione': return 'ha cambiato l’assegnazione'
    case 'nota-interna': return 'ha scritto una nota interna'
    case 'messaggio': return 'ha scritto al cittadino'
    case 'richiesta-integrazioni': return 'ha chiesto integrazioni al cittadino'
    case 'integrazioni': return 'ha inviato le integrazioni'
    default: return 'ha aggiornato la pratica'
  }
}
