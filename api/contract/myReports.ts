import { z } from '@hono/zod-openapi'

import { assistanceStatuses, assistanceTopics, reportStatuses } from '../../cms/reports/vocabulary'
import { enumOf } from '../openapi'

/** A report in the citizen's desk: one they sent or follow, with its public page. */
const myReport = z.object({
  code: z.string(), title: z.string(), status: enumOf(reportStatuses), statusLabel: z.string(), category: z.string(),
  createdAt: z.string(), updatedAt: z.string(), href: z.string(),
}).openapi('MyReport')

/** An assistance request in the citizen's desk, with the URP's reply once sent. */
const myAssistance = z.object({
  code: z.string(), status: enumOf(assistanceStatuses), statusLabel: z.string(), topic: enumOf(assistanceTopics), topicLabel: z.string(),
  message: z.string(), service: z.string().nullable(), reply: z.string().nullable(), repliedAt: z.string().nullable(), createdAt: z.string(),
}).openapi('MyAssistanceRequest')

/** Response shapes of the desk's Segnalazioni and Richieste di assistenza (api/routes/myReports.ts). */
export const myReportSchemas = {
  reports: z.object({ reports: z.array(myReport) }).openapi('MyReports'),
  assistance: z.object({ requests: z.array(myAssistance) }).openapi('MyAssistanceRequests'),
}
export type MyReport = z.infer<typeof myReport>
export type MyAssistance = z.infer<typeof myAssistance>
