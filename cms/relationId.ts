/** The id of a relationship value, whether Payload returned the document (depth ≥ 1) or only its id. */
export function relationId<Id extends number | string>(value: { id: Id } | Id): Id
export function relationId<Id extends number | string>(value: { id: Id } | Id | null | undefined): Id | null
export function relationId<Id extends number | string>(value: { id: Id } | Id | null | undefined): Id | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}
