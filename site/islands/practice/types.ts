// The practice shapes the components share, by name; every one comes from the API's contract
// (kit/api-types.ts), so a change of a route's schema shows up here at type-check time.
import type { Schemas } from '../kit/api'

export type Practice = Schemas['Practice']
export type PracticeSummary = Schemas['PracticeSummary']
export type Attachment = Schemas['Attachment']
export type PracticeFee = Schemas['PracticeFee']
/** GET /api/servizi/{slug}/modulo: the service, its online form and its fee. */
export type ServiceModule = Schemas['ServiceForm']
export type ServiceForm = ServiceModule['form']
export type FormField = ServiceForm['steps'][number]['fields'][number]
export type AttachmentSlot = ServiceForm['attachments'][number]
/** The answers of one practice, by field name. */
export type Answers = Practice['data']
/** A show-if condition of a question or attachment slot. */
export type Condition = FormField['showIf']
