import { z } from '@hono/zod-openapi'

import { serviceFormSchema } from '../../cms/forms/serviceForm'
import { positionStatuses } from '../../cms/payments/creditor'
import { practiceStatuses } from '../../cms/practices/workflow'
import { enumOf } from '../openapi'

const id = (what: string) => z.coerce.number({ error: `Identificativo ${what} non valido.` }).int(`Identificativo ${what} non valido.`).positive(`Identificativo ${what} non valido.`).max(2 ** 31 - 1)
const answer = z.union([z.string().max(4000, 'Risposta troppo lunga.'), z.number(), z.boolean()])
const file = z.instanceof(File, { message: 'Allega un file.' }).openapi({ type: 'string', format: 'binary' })

const summary = z.object({
  id: z.number(), service: z.object({ slug: z.string(), title: z.string() }), status: enumOf(practiceStatuses), statusLabel: z.string(),
  protocolNumber: z.string().nullable(), submittedAt: z.string().nullable(), updatedAt: z.string(),
}).openapi('PracticeSummary')
const attachment = z.object({ id: z.string(), slot: z.string(), filename: z.string(), mime: z.string(), size: z.number(), sha256: z.string(), uploadedAt: z.string() }).openapi('Attachment')
const timelineEntry = z.object({ at: z.string(), kind: z.string(), label: z.string(), message: z.string().optional() })
// amountCents is the whole payment; stampDutyCents the marca da bollo inside it (null when none is due).
const fee = z.object({ amountCents: z.number(), stampDutyCents: z.number().nullable(), reason: z.string(), positionId: z.number().nullable(), status: enumOf(positionStatuses).nullable(), paid: z.boolean() }).openapi('PracticeFee')

/** Request and response shapes of the application routes (api/routes/practices.ts), which services build to. */
export const practiceSchemas = {
  slugParam: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/, 'Servizio non valido.') }),
  idParam: z.object({ id: id('della pratica') }),
  attachmentParam: z.object({ id: id('della pratica'), attachmentId: id('dell’allegato') }),
  idempotency: z.object({ 'idempotency-key': z.string().regex(/^[A-Za-z0-9-]{8,100}$/, 'Chiave di idempotenza non valida.').optional() }),
  create: z.strictObject({ service: z.string({ error: 'Indica il servizio.' }).regex(/^[a-z0-9-]{1,120}$/, 'Servizio non valido.') }).openapi('NewPractice'),
  save: z.strictObject({
    version: z.number({ error: 'Versione della bozza mancante.' }).int().positive(), data: z.record(z.string().max(64), answer, { error: 'Dati della domanda non validi.' }),
    // The step the citizen is on (0 = the privacy notice), so a resumed draft opens there.
    step: z.number({ error: 'Passo della domanda non valido.' }).int('Passo della domanda non valido.').min(0, 'Passo della domanda non valido.').max(200, 'Passo della domanda non valido.').optional(),
    // The citizen ticked "Ho letto e compreso l’informativa": the first time is recorded with its date.
    privacyAccepted: z.boolean({ error: 'Accettazione dell’informativa non valida.' }).optional(),
  }).openapi('DraftSave'),
  submit: z.strictObject({
    version: z.number({ error: 'Versione della bozza mancante.' }).int().positive(),
    privacyAccepted: z.boolean({ error: 'Accettazione dell’informativa non valida.' }).optional(),
  }).openapi('Submission'),
  upload: z.object({ slot: z.string({ error: 'Indica a quale documento si riferisce il file.' }).max(64), file }).openapi('AttachmentUpload'),
  answer: z.object({ message: z.string().max(4000, 'Il messaggio può avere al massimo 4000 caratteri.').optional(), file: z.union([file, z.array(file)]).optional() }).openapi('RequestAnswer'),
  serviceForm: z.object({
    service: z.object({ id: z.number(), slug: z.string(), title: z.string(), office: z.object({ title: z.string() }) }),
    form: serviceFormSchema, fee: z.object({ amountCents: z.number(), stampDutyCents: z.number().nullable(), reason: z.string() }).nullable(),
  }).openapi('ServiceForm'),
  summary,
  attachment,
  fee,
  // The fee is null for a service without one: a union, so the PracticeFee component itself stays non-null.
  practice: summary.extend({
    // The form the answers are read through: the one submitted with them (null if the service's form can no longer be read).
    version: z.number(), data: z.record(z.string(), answer), form: serviceFormSchema.nullable(), attachments: z.array(attachment), office: z.object({ title: z.string() }),
    timeline: z.array(timelineEntry), openRequest: z.object({ message: z.string(), at: z.string() }).nullable(), hasReceipt: z.boolean(),
    fee: z.union([fee, z.null()]),
    // When the citizen accepted the privacy notice (evidence kept on the practice) and the step a draft resumes at.
    privacyAcceptedAt: z.string().nullable(), resumeStep: z.number().nullable(),
  }).openapi('Practice'),
}

/** One line of an application's list in "Le mie pratiche". */
export type PracticeSummary = z.output<typeof summary>
/** An attachment as the citizen sees it. */
export type AttachmentView = z.output<typeof attachment>
/** One step of the application's history the citizen may see. */
export type TimelineEntry = z.output<typeof timelineEntry>
/** A service fee as the application shows it: what to pay and whether it is paid. */
export type FeeView = z.output<typeof fee>
/** An application as the citizen sees it. */
export type PracticeView = z.output<typeof practiceSchemas.practice>
/** A service's online form as the public form page reads it, with the office and the fee to pay. */
export type ServiceFormView = z.output<typeof practiceSchemas.serviceForm>
