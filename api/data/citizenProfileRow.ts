// The shape of the desk's citizen, apart from the reads that fill it (api/data/hotReads.ts), so that a session can
// carry one (api/auth/sessions.ts) without the auth layer importing the data layer's code.
import type { Citizen } from '../../cms/payload-types'

/** What the desk shows of a citizen (`/api/me`, `/api/session`): the columns, without virtual fields or joins. */
export type CitizenProfileRow = Pick<Citizen, 'id' | 'fiscalCode' | 'givenName' | 'familyName' | 'birthDate' | 'birthPlace' | 'idpEmail' | 'idpPhone'> & {
  contacts?: Citizen['contacts']
  pendingEmail?: { address?: string | null }
}
