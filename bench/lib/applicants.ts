import type { Payload } from 'payload'

import { fiscalCodeCheckChar, MONTH_LETTERS } from '../../api/auth/fiscalCode'
import { sessionCookieName } from '../../api/auth/sessionCookie'
import { createSession } from '../../api/auth/sessions'
import { citizenStore } from '../../api/data/citizens'
import { sessionStore } from '../../api/data/sessions'
import { upsertCitizen } from '../../api/services/citizens'

/** A citizen logged in for a benchmark: the session cookie and answers that complete the test form. */
export type Applicant = { fiscalCode: string; cookie: string; answers: Record<string, unknown> }

/** A well-formed, fictional codice fiscale for the i-th applicant (all different for i < 20,160). */
export function fiscalCodeFor(i: number): string {
  const year = String(40 + (i % 60))
  const month = MONTH_LETTERS[Math.floor(i / 60) % 12]
  const day = String(1 + (Math.floor(i / 720) % 28)).padStart(2, '0')
  const first15 = `BNCMRA${year}${month}${day}B180`
  return first15 + fiscalCodeCheckChar(first15)
}

/**
 * N citizens with an email (so each submission sends its confirmation), each logged in by a
 * session written straight to the session store: the OIDC round trip is not what is measured.
 */
export async function createApplicants(payload: Payload, n: number): Promise<Applicant[]> {
  const citizens = citizenStore(payload)
  const sessions = sessionStore(payload)
  const applicants: Applicant[] = []
  for (let i = 0; i < n; i++) {
    const fiscalCode = fiscalCodeFor(i)
    const email = `richiedente.${i}@example.it`
    const citizen = await upsertCitizen(citizens, { fiscalCode, givenName: 'Maria', familyName: `Bianco ${i}`, idpEmail: email })
    const { token } = await createSession(sessions, citizen.id, 'spid')
    const answers = { givenName: 'Maria', fiscalCode, email, kind: 'nuovo', accept: true }
    applicants.push({ fiscalCode, cookie: `${sessionCookieName({ secure: false })}=${token}`, answers })
  }
  return applicants
}
