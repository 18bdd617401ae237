// The production adapter (cms/registry/anprClient.ts) against the ANPR stand-in over real HTTP. It lives
// here, beside the stand-in, because cms/ imports nothing from api/ (npm run check:boundaries).
import { generateKeyPairSync } from 'node:crypto'
import { createServer, type Server, type Socket } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { createAnprRegistry, registryUnavailableMessage } from '../../../cms/registry/anprClient'
import { RegistryError, type RegistryFamily } from '../../../cms/registry/registry'
import { startRegistryForTests, type RegistryForTests } from '../../testing/registryStandIn'

const giovanna = 'CPTGNN85C54B180W'
const marco = 'VLNMRC79H03B180T'
const francesca = 'LEOFNC90L61E506F'

/** The RegistryError a lookup fails with (the test fails if it succeeds). */
async function failureOf(lookup: Promise<RegistryFamily>): Promise<RegistryError> {
  const error = await lookup.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(RegistryError)
  return error as RegistryError
}

const byCode = (family: RegistryFamily) => Object.fromEntries(family.members.map((m) => [m.fiscalCode, m]))

describe('the ANPR adapter, against the stand-in', () => {
  let r: RegistryForTests
  beforeAll(async () => { r = await startRegistryForTests() })
  afterAll(async () => r.close())
  afterEach(() => vi.restoreAllMocks())

  it('gives Giovanna Caputo’s family: herself, her spouse and their minor daughter, at their address', async () => {
    const family = await r.registry.familyOf(giovanna, 'certificato 1')
    expect(family.address).toEqual({ street: 'Via degli Esempi 1', postalCode: '72100', locality: 'Brindisi', province: 'BR' })
    expect(family.residentSince).toBe('2014-09-01')
    expect(family.members.map((m) => m.relationToHead)).toEqual(['Intestataria della scheda', 'Coniuge', 'Figlia'])
    const members = byCode(family)
    expect(members[giovanna]).toEqual({
      fiscalCode: giovanna, givenName: 'Giovanna', familyName: 'Caputo', sex: 'F', birthDate: '1985-03-14', birthPlace: 'Brindisi (BR)',
      citizenship: 'italiana', civilStatus: 'coniugata', marriage: { date: '2012-06-16', place: 'Brindisi (BR)', spouseName: 'Paolo Rizzo' },
      alive: true, relationToHead: 'Intestataria della scheda',
    })
    expect(members.RZZPLA83S20E506O).toMatchObject({ givenName: 'Paolo', birthPlace: 'Lecce (LE)', civilStatus: 'coniugato', relationToHead: 'Coniuge' })
    const daughter = members.RZZSFO15B49B180L!
    expect(daughter).toMatchObject({ givenName: 'Sofia', familyName: 'Rizzo', civilStatus: 'nubile', relationToHead: 'Figlia' })
    expect(daughter.birthDate > '2008-12-02').toBe(true) // a minor
  })

  it('gives the same family whoever of it is asked for, and Marco Valente a different one: no member in common', async () => {
    const fromDaughter = await r.registry.familyOf('RZZSFO15B49B180L', 'certificato 2')
    const fromGiovanna = await r.registry.familyOf(giovanna, 'certificato 3')
    expect(fromDaughter.familyId).toBe(fromGiovanna.familyId)
    expect(fromDaughter.members[0]!.fiscalCode).toBe('RZZSFO15B49B180L')
    const valente = await r.registry.familyOf(marco, 'certificato 4')
    expect(valente.familyId).not.toBe(fromGiovanna.familyId)
    expect(valente.address.street).toBe('Via delle Prove 12')
    expect(valente.members.map((m) => [m.givenName, m.relationToHead])).toEqual([['Marco', 'Intestatario della scheda'], ['Laura', 'Coniuge'], ['Davide', 'Figlio']])
    const giovannaCodes = new Set(fromGiovanna.members.map((m) => m.fiscalCode))
    expect(valente.members.filter((m) => giovannaCodes.has(m.fiscalCode))).toEqual([])
  })

  it('prints a foreign State of birth, another citizenship and a civil union; a widower alone', async () => {
    const greco = byCode(await r.registry.familyOf('GRCRSO66P48A662X', 'certificato 5'))
    expect(greco.GRCRSO66P48A662X).toMatchObject({ birthPlace: 'Bari (BA)', civilStatus: 'unita civilmente', relationToHead: 'Intestataria della scheda' })
    expect(greco.FRRLNE70C43Z112H).toMatchObject({ birthPlace: 'Germania', citizenship: 'tedesca', civilStatus: 'unita civilmente', relationToHead: 'Unita civilmente' })
    const palma = await r.registry.familyOf('PLMCSM58A30B180Q', 'certificato 6')
    expect(palma.members).toHaveLength(1)
    expect(palma.members[0]).toMatchObject({ civilStatus: 'vedovo', relationToHead: 'Intestatario della scheda' })
    expect(palma.members[0]!.marriage).toBeUndefined()
  })

  it('answers not-found, in Italian, for Francesca Leo, who is not resident in Brindisi', async () => {
    const error = await failureOf(r.registry.familyOf(francesca, 'certificato 7'))
    expect(error.kind).toBe('not-found')
    expect(error.message).toMatch(/non risulti residente nel Comune di Brindisi/)
  })

  it('answers not-found for what is not a codice fiscale, without asking ANPR', async () => {
    const before = r.standIn.counters.consultations
    for (const code of ['', 'CPTGNN85C54B180', '../../status?x=CPTGNN']) expect((await failureOf(r.registry.familyOf(code, 'certificato 1'))).kind).toBe('not-found')
    expect(r.standIn.counters.consultations).toBe(before)
  })

  it('asks PDND for one voucher when many lookups start at once', async () => {
    const fresh = await startRegistryForTests()
    try {
      const families = await Promise.all([giovanna, marco, giovanna, 'PLMCSM58A30B180Q', marco].map((code, i) => fresh.registry.familyOf(code, `certificato ${i}`)))
      expect(families.map((f) => f.members[0]!.fiscalCode)).toEqual([giovanna, marco, giovanna, 'PLMCSM58A30B180Q', marco])
      expect(fresh.standIn.counters).toMatchObject({ vouchers: 1, consultations: 5 })
    } finally {
      await fresh.close()
    }
  })

  it('answers not-found when ANPR places the residence in another Comune', async () => {
    const lecce = createAnprRegistry({ ...r.settings, comune: { istatCode: '075035', name: 'Comune di Lecce' } })
    const error = await failureOf(lecce.familyOf(giovanna, 'certificato 8'))
    expect(error.kind).toBe('not-found')
    expect(error.message).toContain('nel Comune di Lecce')
  })

  it('reuses its PDND voucher across calls, and asks for a new one shortly before it expires', async () => {
    let clock = Date.now()
    const timed = await startRegistryForTests({ standIn: { now: () => clock }, adapter: { now: () => clock } })
    try {
      for (const n of [1, 2, 3]) await timed.registry.familyOf(giovanna, `certificato ${n}`)
      expect(timed.standIn.counters).toMatchObject({ vouchers: 1, consultations: 3 })
      clock += 420_000 // 7 of the voucher's 10 minutes: still good, tracking evidence included
      await timed.registry.familyOf(giovanna, 'certificato 4')
      expect(timed.standIn.counters).toMatchObject({ vouchers: 1, consultations: 4 })
      clock += 120_000 // 9 minutes: less than a minute left
      await timed.registry.familyOf(giovanna, 'certificato 5')
      expect(timed.standIn.counters).toMatchObject({ vouchers: 2, consultations: 5, refused: 0 })
    } finally {
      await timed.close()
    }
  })

  it('turns a voucher refused as expired (401) into unavailable, then asks for a new one', async () => {
    let ahead = 0
    const shifted = await startRegistryForTests({ standIn: { now: () => Date.now() + ahead, voucherSeconds: 120 } })
    try {
      await shifted.registry.familyOf(giovanna, 'certificato 1')
      ahead = 130_000 // the stand-in sees the voucher expired; the adapter's clock does not
      const error = await failureOf(shifted.registry.familyOf(giovanna, 'certificato 2'))
      expect(error.kind).toBe('unavailable')
      expect(error.message).toBe(registryUnavailableMessage)
      expect(shifted.standIn.counters.refused).toBe(1)
      await expect(shifted.registry.familyOf(giovanna, 'certificato 3')).resolves.toMatchObject({ familyId: 'FAM-074001-000101' })
      expect(shifted.standIn.counters.vouchers).toBe(2)
    } finally {
      await shifted.close()
    }
  })

  it('is unavailable when PDND refuses its client: another key, another purpose, another audience', async () => {
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    for (const settings of [{ ...r.settings, privateKey: otherKey }, { ...r.settings, purposeId: 'altra-finalita' }, { ...r.settings, pdndAudience: 'altro' }]) {
      const refusedBefore = r.standIn.counters.refused
      const error = await failureOf(createAnprRegistry(settings).familyOf(giovanna, 'certificato 1'))
      expect(error.kind).toBe('unavailable')
      expect(r.standIn.counters.refused).toBe(refusedBefore + 1)
    }
  })

  it('is unavailable when a proxy alters the body on the way (the stand-in refuses it, 403)', async () => {
    const tampering: typeof fetch = (url, init) => {
      if (String(url).endsWith('/anpr-service-e002') && typeof init?.body === 'string') {
        return fetch(url, { ...init, body: init.body.replace(giovanna, marco) })
      }
      return fetch(url, init)
    }
    const refusedBefore = r.standIn.counters.refused
    const error = await failureOf(createAnprRegistry(r.settings, { fetchFn: tampering }).familyOf(giovanna, 'certificato 1'))
    expect(error.kind).toBe('unavailable')
    expect(r.standIn.counters.refused).toBe(refusedBefore + 1)
  })

  it('logs no personal data when it fails', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    await failureOf(createAnprRegistry({ ...r.settings, privateKey: otherKey }).familyOf(giovanna, 'certificato di Giovanna Caputo'))
    await failureOf(r.registry.familyOf(francesca, 'certificato 2'))
    const text = logged.mock.calls.flat().join('\n')
    expect(text).toContain('[anpr]')
    expect(text).not.toMatch(/CPTGNN|LEOFNC|Caputo|Giovanna|Leo\b/)
  })
})

describe('the ANPR adapter when nobody answers', () => {
  afterEach(() => vi.restoreAllMocks())

  it('is unavailable at once when the stand-in is stopped (port closed)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const r = await startRegistryForTests()
    await r.close()
    const started = Date.now()
    const error = await failureOf(r.registry.familyOf(giovanna, 'certificato 1'))
    expect(error.kind).toBe('unavailable')
    expect(error.message).toBe(registryUnavailableMessage)
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('gives up after its timeout when the server accepts the connection and never answers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const sockets = new Set<Socket>()
    const silent: Server = createServer((socket) => void sockets.add(socket)) // holds every connection open, says nothing
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as { port: number }).port
    const r = await startRegistryForTests()
    try {
      const registry = createAnprRegistry({ ...r.settings, tokenUrl: `http://127.0.0.1:${port}/token.oauth2`, timeoutMs: 300 })
      const started = Date.now()
      const error = await failureOf(registry.familyOf(giovanna, 'certificato 1'))
      expect(error.kind).toBe('unavailable')
      expect(Date.now() - started).toBeLessThan(2_000)
    } finally {
      await r.close()
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => silent.close(resolve))
    }
  })
})
