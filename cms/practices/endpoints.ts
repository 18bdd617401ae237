import type { Endpoint } from 'payload'

import { practiceDossierEndpoint } from './dossierEndpoint'

/**
 * The back office's endpoints on an application (/api/practices/...): the named actions, the
 * dossier PDF, the export of the list. Each lives in its own module; this list only assembles them.
 */
export const practiceEndpoints: Endpoint[] = [practiceDossierEndpoint]
