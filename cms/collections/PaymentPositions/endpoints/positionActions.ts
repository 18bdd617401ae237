import { namedActionEndpoint } from '../../../endpoints/namedAction'
import { cancelPosition, correctPosition } from '../../../payments/positionActions'

const optionalNumber = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : Number(value))
const optionalText = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

/** POST /api/payment-positions/:id/correggi — { amountCents?, dueDate?, reason }. */
export const correctPositionEndpoint = namedActionEndpoint('correggi', (req, id, body) =>
  correctPosition(req, id, { amountCents: optionalNumber(body.amountCents), dueDate: optionalText(body.dueDate), reason: String(body.reason ?? '') }))

/** POST /api/payment-positions/:id/annulla — { reason }. */
export const cancelPositionEndpoint = namedActionEndpoint('annulla', (req, id, body) => cancelPosition(req, id, body.reason))
