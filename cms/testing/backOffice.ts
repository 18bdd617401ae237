import { handleEndpoints, type Payload } from 'payload'

import type { Practice } from '../payload-types'
import type { PracticeStatus } from '../practices/workflow'
import type { TestPayload } from './testPayload'
import { passSecondFactor } from './secondFactor'

const password = 'Password-di-prova-lunga-1'
const richText = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
    { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }] },
  ] },
})
const unique = () => Math.random().toString(36).slice(2, 10)

/** An office and a published service of it, for applications to be made to. */
export async function createOfficeWithService(payload: Payload) {
  const suffix = unique()
  const office = await payload.create({ collection: 'offices', data: { title: 'Ufficio Mobilità', slug: `mobilita-${suffix}`, type: 'ufficio', summary: 'Ufficio di prova', _status: 'published' } as never })
  const service = await payload.create({
    collection: 'services',
    data: { title: 'Contrassegno', slug: `contrassegno-${suffix}`, summary: 'Servizio di prova', category: 'mobilita-e-trasporti', audience: richText('Tutti'), howTo: richText('Online'), needed: richText('Documento'), output: richText('Contrassegno'), times: richText('30 giorni'), office: office.id, _status: 'published' } as never,
  })
  return { office, service }
}

/** A citizen's application in a given status, written as the public API writes it. */
export async function createPractice(payload: Payload, { officeId, serviceId, status }: { officeId: number; serviceId: number; status: PracticeStatus }): Promise<Practice> {
  const fiscalCode = `TST${unique().toUpperCase().padEnd(13, 'X')}`.slice(0, 16)
  const citizen = await payload.create({ collection: 'citizens', data: { fiscalCode, givenName: 'Giovanna', familyName: 'Caputo' } })
  return payload.create({
    collection: 'practices', context: { system: true },
    data: { title: 'Contrassegno', applicantName: 'Giovanna Caputo', applicantFiscalCode: fiscalCode, data: {}, service: serviceId, office: officeId, citizen: citizen.id, status, version: 1 },
  })
}

/** A staff member, as the Local API's `user` and with the token the admin's browser would hold. */
export async function staffMember(payload: Payload, name: string, roles: ('admin' | 'operator')[], offices: number[] = []) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${unique()}@comune.test`
  const user = await payload.create({ collection: 'users', data: { name, email, password, roles, offices } as never })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (roles.includes('admin')) await passSecondFactor(payload, token!)
  return { user: { ...user, collection: 'users' as const }, token: token! }
}

/** A call to the admin's REST API as a signed-in staff member: the handlers the admin's Next.js routes run, in process. */
export function restAs(t: TestPayload, token: string, method: string, path: string, body?: unknown): Promise<Response> {
  const request = new Request(`http://localhost:3001/api${path}`, {
    method, headers: { authorization: `JWT ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return handleEndpoints({ config: t.payload.config, request, payloadInstanceCacheKey: t.dataDir })
}
