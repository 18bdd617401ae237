import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayloadWithMailbox, type PayloadWithMailbox } from '../appointments/testSetup'
import type { Certificate } from '../payload-types'
import { restAs, staffMember } from '../testing/backOffice'
import { romeDayOf } from '../practices/deadline'
import { runNotifications } from '../testing/runNotifications'

let env: PayloadWithMailbox
let payload: Payload
type Staff = Awaited<ReturnType<typeof staffMember>>
let operator: Staff
let stranger: Staff
let editor: Staff
let admin: Staff
let officeId: number
let otherOfficeId: number
let citizenId: number

const FISCAL_CODE = 'CPTGNN85C54B180W'
let serial = 0

/** A certificate as the engine leaves it (written directly: the engine is not this module's). */
const certificate = (data: Partial<Certificate> = {}) => {
  serial += 1
  return payload.create({
    collection: 'certificates',
    data: {
      code: `PROVA-${Date.now()}-${serial}`, type: 'residenza', status: 'emesso', requesterFiscalCode: FISCAL_CODE, requesterName: 'Giovanna Caputo',
      subjectFiscalCode: FISCAL_CODE, subjectName: 'Giovanna Caputo', relation: 'titolare', use: 'esente', exemptionLabel: 'Pensione (art. 9 Tabella B)',
      bolloCents: 0, dirittiCents: 0, office: officeId, requestKey: `chiave-${Date.now()}-${serial}`, issuedAt: new Date().toISOString(), sha256: 'ab'.repeat(32), ...data,
    } as never,
  })
}
const revoke = (who: Staff, id: number, body?: unknown) => restAs(env.t, who.token, 'POST', `/certificates/${id}/revoca`, body)
const errorOf = async (res: Response) => ((await res.json()) as { errors?: { message?: string }[] }).errors?.[0]?.message
const read = (id: number) => payload.findByID({ collection: 'certificates', id, depth: 0 })
const eventsOf = async (id: number) => (await payload.find({ collection: 'certificate-events', where: { certificate: { equals: id } }, depth: 0, pagination: false })).docs
const messagesOfCitizen = async () => (await payload.find({ collection: 'citizen-messages', where: { citizen: { equals: citizenId } }, sort: '-createdAt', depth: 0, pagination: false })).docs

beforeAll(async () => {
  env = await startPayloadWithMailbox()
  payload = env.payload
  const office = (title: string, slug: string) => payload.create({ collection: 'offices', data: { title, slug, type: 'ufficio', summary: 'Ufficio di prova', _status: 'published' } as never })
  officeId = (await office('Ufficio Anagrafe', `anagrafe-${Date.now()}`)).id
  otherOfficeId = (await office('Ufficio Tributi', `tributi-${Date.now()}`)).id
  operator = await staffMember(payload, 'Operatrice Anagrafe', ['operator'], [officeId])
  stranger = await staffMember(payload, 'Operatore Tributi', ['operator'], [otherOfficeId])
  editor = await staffMember(payload, 'Redattrice', ['editor' as 'operator'], [officeId])
  admin = await staffMember(payload, 'Amministratrice', ['admin'])
  citizenId = (await payload.create({ collection: 'citizens', data: { fiscalCode: FISCAL_CODE, givenName: 'Giovanna', familyName: 'Caputo', idpEmail: 'giovanna@example.it' } })).id
  await payload.updateGlobal({ slug: 'certificate-settings', data: { office: officeId } as never })
})
afterAll(async () => env?.cleanup())

describe('Revoca', () => {
  it('revokes an issued certificate in one update, with its trail entry and the citizen told (desk message and email)', async () => {
    const issued = await certificate()
    const res = await revoke(operator, issued.id, { reason: 'Dati anagrafici variati dopo l’emissione' })
    expect(res.status).toBe(200)
    const after = await read(issued.id)
    expect(after).toMatchObject({ status: 'revocato', revokeReason: 'Dati anagrafici variati dopo l’emissione', revokedBy: operator.user.id })
    expect(Date.now() - Date.parse(after.revokedAt!)).toBeLessThan(60_000)
    expect(await eventsOf(issued.id)).toEqual([expect.objectContaining({ kind: 'revocato', actor: operator.user.id, actorLabel: 'Operatrice Anagrafe', reason: 'Dati anagrafici variati dopo l’emissione', office: officeId })])
    const [message] = await messagesOfCitizen()
    expect(message).toMatchObject({ subject: `Certificato ${issued.code} revocato`, practice: null })
    expect(message!.body).toContain('Motivo: Dati anagrafici variati dopo l’emissione')
    await runNotifications(payload)
    const mail = env.mailbox.to('giovanna@example.it').find((m) => m.subject === `Certificato ${issued.code} revocato`)
    expect(mail?.text).toContain('Gentile Giovanna Caputo')
    expect(mail?.text).toContain('certificato di residenza con codice')
  })

  it('refuses with an Italian 409 unless the certificate is issued; nothing changes', async () => {
    const unpaid = await certificate({ status: 'da-pagare', issuedAt: null, use: 'bollo', bolloCents: 1600 })
    const res = await revoke(operator, unpaid.id, { reason: 'Motivo qualsiasi' })
    expect(res.status).toBe(409)
    expect(await errorOf(res)).toBe('Si revocano solo i certificati emessi: questo non è ancora stato emesso (si attende il pagamento).')
    const issued = await certificate()
    expect((await revoke(operator, issued.id, { reason: 'Prima revoca' })).status).toBe(200)
    const again = await revoke(admin, issued.id, { reason: 'Seconda revoca' })
    expect(again.status).toBe(409)
    expect(await errorOf(again)).toBe('Si revocano solo i certificati emessi: questo è già stato revocato.')
    expect((await read(issued.id)).revokeReason).toBe('Prima revoca')
    expect(await eventsOf(issued.id)).toHaveLength(1)
    expect((await read(unpaid.id)).status).toBe('da-pagare')
  })

  it('requires a reason', async () => {
    const issued = await certificate()
    for (const body of [{}, { reason: '  ' }, { reason: 'no' }]) {
      const res = await revoke(operator, issued.id, body)
      expect(res.status).toBe(400)
      expect(await errorOf(res)).toMatch(/^Scrivi il motivo della revoca/)
    }
    expect((await revoke(operator, issued.id)).status).toBe(400)
    expect((await read(issued.id)).status).toBe('emesso')
  })

  it('is for admins and the operators of the certificate’s office: another office’s gets 404, an editor 403, nobody 401', async () => {
    const issued = await certificate()
    expect((await revoke(stranger, issued.id, { reason: 'Non è mio' })).status).toBe(404)
    const byEditor = await revoke(editor, issued.id, { reason: 'Non posso' })
    expect(byEditor.status).toBe(403)
    expect(await errorOf(byEditor)).toMatch(/Solo gli operatori/)
    const anonymous = await handleEndpoints({
      config: payload.config, payloadInstanceCacheKey: env.t.dataDir,
      request: new Request(`http://localhost:3001/api/certificates/${issued.id}/revoca`, { method: 'POST', body: '{"reason":"anonimo"}', headers: { 'content-type': 'application/json' } }),
    })
    expect(anonymous.status).toBe(401)
    expect((await read(issued.id)).status).toBe('emesso')
    expect((await revoke(admin, issued.id, { reason: 'Revocato dall’amministratrice' })).status).toBe(200)
    // Nobody edits a certificate over REST, admins included.
    expect((await restAs(env.t, admin.token, 'PATCH', `/certificates/${issued.id}`, { status: 'emesso' })).status).toBe(403)
    expect((await read(issued.id)).status).toBe('revocato')
  })
})

describe('counts, export and trail', () => {
  it('counts issued and revoked per type and month of the last 12 months, for the reader’s offices only', async () => {
    const month = romeDayOf(new Date()).slice(0, 7)
    const before = (await (await restAs(env.t, operator.token, 'GET', '/certificates/conteggi')).json()) as { months: string[]; types: { type: string; issued: number[]; revoked: number[] }[]; totals: { issued: number[]; revoked: number[] } }
    expect(before.months).toHaveLength(12)
    expect(before.months.at(-1)).toBe(month)
    const family = await certificate({ type: 'stato-di-famiglia' })
    await certificate({ type: 'stato-di-famiglia', office: otherOfficeId })
    const old = await certificate({ type: 'nascita', issuedAt: new Date(Date.now() - 400 * 86_400_000).toISOString() })
    await revoke(operator, family.id, { reason: 'Errore materiale' })
    await revoke(operator, old.id, { reason: 'Revoca di un certificato vecchio' })
    const res = await restAs(env.t, operator.token, 'GET', '/certificates/conteggi')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const after = (await res.json()) as typeof before
    const row = (counts: typeof before, type: string) => counts.types.find((t) => t.type === type)!
    expect(row(after, 'stato-di-famiglia').issued.at(-1)! - row(before, 'stato-di-famiglia').issued.at(-1)!).toBe(1)
    expect(row(after, 'stato-di-famiglia').revoked.at(-1)! - row(before, 'stato-di-famiglia').revoked.at(-1)!).toBe(1)
    // Issued 400 days ago: outside the window; revoked today: counted this month.
    expect(row(after, 'nascita').issued.reduce((a, b) => a + b, 0)).toBe(row(before, 'nascita').issued.reduce((a, b) => a + b, 0))
    expect(row(after, 'nascita').revoked.at(-1)! - row(before, 'nascita').revoked.at(-1)!).toBe(1)
    expect(after.totals.revoked.at(-1)! - before.totals.revoked.at(-1)!).toBe(2)
    const strangers = (await (await restAs(env.t, stranger.token, 'GET', '/certificates/conteggi')).json()) as typeof before
    expect(row(strangers, 'stato-di-famiglia').issued.at(-1)).toBe(1)
    expect(row(strangers, 'residenza').issued.reduce((a, b) => a + b, 0)).toBe(0)
  })

  it('exports the list as CSV with the reader’s access, bollo or exemption in words', async () => {
    const paid = await certificate({ type: 'cittadinanza', use: 'bollo', bolloCents: 1600, dirittiCents: 52, exemptionLabel: null })
    const res = await restAs(env.t, operator.token, 'GET', '/certificates/esporta.csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="certificati-\d{4}-\d{2}-\d{2}\.csv"$/)
    const csv = await res.text()
    expect(csv.split('\r\n')[0]).toContain('Codice;Tipo;Stato;Intestatario')
    const line = csv.split('\r\n').find((l) => l.startsWith(paid.code!))!
    expect(line).toContain('Certificato di cittadinanza;Emesso;Giovanna Caputo')
    expect(line).toContain('Pagata (16,00 €)')
    expect(csv).toContain('Esente: Pensione (art. 9 Tabella B)')
    const theirs = await (await restAs(env.t, stranger.token, 'GET', '/certificates/esporta.csv')).text()
    expect(theirs).not.toContain(paid.code!)
  })

  it('lets the certificate’s office read its trail, not another office', async () => {
    const issued = await certificate()
    await revoke(operator, issued.id, { reason: 'Per la prova dello storico' })
    const mine = (await (await restAs(env.t, operator.token, 'GET', `/certificate-events?where[certificate][equals]=${issued.id}`)).json()) as { docs: unknown[] }
    expect(mine.docs).toHaveLength(1)
    const theirs = (await (await restAs(env.t, stranger.token, 'GET', `/certificate-events?where[certificate][equals]=${issued.id}`)).json()) as { docs: unknown[] }
    expect(theirs.docs).toHaveLength(0)
  })
})

describe('the Certificati anagrafici settings', () => {
  it('are kept by admins and the operators of the issuing office, who cannot move them to another office', async () => {
    const byOperator = await restAs(env.t, operator.token, 'POST', '/globals/certificate-settings', { bolloCents: 1600, dirittiBolloCents: 60 })
    expect(byOperator.status).toBe(200)
    expect((await payload.findGlobal({ slug: 'certificate-settings', depth: 0 })).dirittiBolloCents).toBe(60)
    await restAs(env.t, operator.token, 'POST', '/globals/certificate-settings', { office: otherOfficeId })
    expect((await payload.findGlobal({ slug: 'certificate-settings', depth: 0 })).office).toBe(officeId)
    expect((await restAs(env.t, stranger.token, 'POST', '/globals/certificate-settings', { dirittiBolloCents: 1 })).status).toBe(403)
    expect((await restAs(env.t, editor.token, 'POST', '/globals/certificate-settings', { dirittiBolloCents: 1 })).status).toBe(403)
    expect((await payload.findGlobal({ slug: 'certificate-settings', depth: 0 })).dirittiBolloCents).toBe(60)
    expect((await restAs(env.t, admin.token, 'POST', '/globals/certificate-settings', { dirittiBolloCents: 52 })).status).toBe(200)
  })
})
