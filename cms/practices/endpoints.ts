import type { Endpoint } from 'payload'

import { practiceActionEndpoints } from './actions/act'
import { assignableOperatorsEndpoint } from './actions/operators'
import { practiceDossierEndpoint } from './dossierEndpoint'
import { exportPracticesCsv } from './exportCsv'
import { finalActEndpoint } from './finalAct'

/**
 * The back office's endpoints on an application (/api/practices/...): the named actions, the
 * dossier PDF, the export of the list. Each lives in its own module; this list only assembles them.
 */
export const practiceEndpoints: Endpoint[] = [exportPracticesCsv, ...practiceActionEndpoints, assignableOperatorsEndpoint, practiceDossierEndpoint, finalActEndpoint]
