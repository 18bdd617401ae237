import type { ReportRefusalCode } from './contract'

/** The Italian message each refusal carries when the caller gives none. */
export const reportRefusalMessages: Record<ReportRefusalCode, string> = {
  invalid: 'I dati della segnalazione non sono validi.',
  'not-found': 'La segnalazione non esiste.',
  conflict: 'La segnalazione è cambiata nel frattempo: ricarica la pagina e riprova.',
  'too-large': 'Il file è troppo grande.',
  forbidden: 'Non puoi fare questa operazione.',
}

/**
 * Why a report, a follow or an assistance request was refused: a code the callers map to HTTP
 * ('invalid' 400/422, 'not-found' 404, 'conflict' 409, 'too-large' 413, 'forbidden' 403), an Italian
 * message for the citizen and, for 'invalid' and 'too-large', the form's field it is about.
 */
export class ReportRefused extends Error {
  override name = 'ReportRefused'
  constructor(
    readonly code: ReportRefusalCode,
    message?: string,
    readonly field?: string,
  ) {
    super(message ?? reportRefusalMessages[code])
  }
}

/** Whether an error is a refusal (its message is for the citizen), not a failure. */
export const isReportRefused = (error: unknown): error is ReportRefused => error instanceof ReportRefused

/** Refuses as 'invalid', naming the field. */
export function invalid(field: string, message: string): never {
  throw new ReportRefused('invalid', message, field)
}
