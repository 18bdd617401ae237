import type { Endpoint } from 'payload'

import { namedActionEndpoint } from '../endpoints/namedAction'
import { actOnReport, reportActions, type ReportActionName } from '../reports/office/act'
import { replyToAssistance, setAssistanceStatus } from '../reports/office/assistance'
import { reportReadEndpoints } from './readEndpoints'

/** /api/reports/...: the office's named actions (assegna, aggiorna, passa-ufficio, unisci, modera), statistics, photo previews. */
export const reportEndpoints: Endpoint[] = [
  ...reportReadEndpoints,
  ...(Object.keys(reportActions) as ReportActionName[]).map((name) => namedActionEndpoint(name, (req, id, body) => actOnReport(req, name, id, body))),
]

/** /api/assistance-requests/:id/rispondi and /stato: the URP's named actions. */
export const assistanceEndpoints: Endpoint[] = [
  namedActionEndpoint('rispondi', (req, id, body) => replyToAssistance(req, id, body)),
  namedActionEndpoint('stato', (req, id, body) => setAssistanceStatus(req, id, body)),
]
