import type { Payload } from 'payload'

import { completeEnrolment, loadSecrets, markSessionVerified, startEnrolment } from '../auth/secondFactor'
import { tokenUser } from '../auth/sessionGate'
import { totpCode } from '../auth/totp'

/**
 * Sets up the second factor of the account behind a staff token and passes it for that session, as
 * an admin does in /admin/configura-verifica: without it an admin's token is anonymous to REST.
 */
export async function passSecondFactor(payload: Payload, token: string): Promise<void> {
  const user = await tokenUser(payload, new Headers({ authorization: `JWT ${token}` }))
  if (!user) throw new Error('Token staff non valido')
  const secret = await startEnrolment(payload, user.id)
  const account = await loadSecrets(payload, user.id)
  if (!account || !(await completeEnrolment(payload, account, totpCode(secret)))) throw new Error('Configurazione della verifica in due passaggi non riuscita')
  await markSessionVerified(payload, user)
}
