import type { ModerationDecision } from '../contract'
import { labelOf, moderationStates, type ModerationState } from '../vocabulary'
import { ReportActionError, textOf } from './staff'
import { expectedVersion, recordTrail, writeReport, type ReportActionInput, type ReportActionResult } from './write'

const stateOf = (value: unknown, what: string): ModerationState => {
  const state = moderationStates.find((s) => s.value === value)?.value
  if (!state) throw new ReportActionError(`${what}: scegli tra «Pubblicata», «Nascosta» e «Da moderare».`)
  return state
}

/** The decision in the body, checked: the text's state, the edited public text, each photo's state. */
function decisionOf(body: Record<string, unknown>): ModerationDecision {
  const text = stateOf(body.text, 'Testo')
  const publicText = textOf(body.publicText, 'Il testo pubblico', 2000)
  const photos = body.photos == null ? [] : body.photos
  if (!Array.isArray(photos) || photos.length > 3) throw new ReportActionError('Foto: indica per ciascuna la posizione (1–3) e la decisione.')
  return {
    text, publicText: publicText || null,
    photos: photos.map((photo: { position?: unknown; state?: unknown } | null) => {
      const position = photo?.position
      if (typeof position !== 'number' || ![1, 2, 3].includes(position)) throw new ReportActionError('Foto: la posizione va da 1 a 3.')
      return { position, state: stateOf(photo?.state, `Foto ${position}`) }
    }),
  }
}

/**
 * "Modera": whether the report's text is public — the citizen's own, or staff's edit of it without
 * personal data — and each photo. Hiding takes the public text away at once. Nothing public is
 * added or changed for followers to be told: the page simply shows, or stops showing, the text.
 */
export async function moderateReport(input: ReportActionInput): Promise<ReportActionResult> {
  const { req, report, body } = input
  expectedVersion(report, body)
  const decision = decisionOf(body)
  const { docs: photos } = await req.payload.find({ collection: 'report-photos', where: { report: { equals: report.id } }, depth: 0, pagination: false, overrideAccess: true, req })
  for (const { position } of decision.photos) if (!photos.some((p) => p.position === position)) throw new ReportActionError(`La segnalazione non ha una foto ${position}.`)
  const publicText = decision.text === 'approvata' ? decision.publicText ?? report.description : null
  const doc = await writeReport(input, { moderation: decision.text, publicText })
  for (const { position, state } of decision.photos) {
    const photo = photos.find((p) => p.position === position)!
    if (photo.moderation !== state) await req.payload.update({ collection: 'report-photos', id: photo.id, data: { moderation: state }, depth: 0, overrideAccess: true, req })
  }
  const edited = decision.text === 'approvata' && decision.publicText && decision.publicText !== report.description
  const words = [`Testo: ${labelOf(moderationStates, decision.text).toLowerCase()}${edited ? ' (modificato dall’ufficio)' : ''}`, ...decision.photos.map((p) => `foto ${p.position}: ${labelOf(moderationStates, p.state).toLowerCase()}`)]
  await recordTrail(input, doc, [{ kind: 'moderata', text: words.join('; ') }])
  return { report: doc, changes: [] }
}
