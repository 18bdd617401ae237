// The ANPR stand-in's own checks, over HTTP, with requests built by hand (not by the adapter): it must
// refuse what ANPR's gateway refuses, or the adapter's security would be exercised against nothing.
import { createHash, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'

import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clientAssertionType } from '../../../cms/registry/anprProtocol'
import { demoPdndClient } from './demoClient'
import { startAnprStandIn, type RunningAnprStandIn } from './server'

const { clientId, kid, purposeId, pdndAudience, eserviceAudience } = demoPdndClient
const clientKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey

let ahead = 0
let standIn: RunningAnprStandIn
beforeAll(async () => {
  standIn = await startAnprStandIn({ port: 0, pdndAudience, eserviceAudience, client: { clientId, kid, purposeId, publicKey: createPublicKey(clientKey) }, now: () => Date.now() + ahead })
})
afterAll(async () => standIn.close())

const jwt = (claims: Record<string, unknown>, { key = clientKey, audience = eserviceAudience, keyId = kid, seconds = 300 }: { key?: KeyObject; audience?: string; keyId?: string; seconds?: number } = {}) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: keyId }).setIssuer(clientId).setSubject(clientId).setAudience(audience)
    .setJti(randomUUID()).setIssuedAt().setExpirationTime(`${seconds}s`).sign(key)

const sha256 = (text: string, encoding: 'hex' | 'base64') => createHash('sha256').update(text).digest(encoding)

async function askVoucher(assertionClaims: Record<string, unknown>, options: Parameters<typeof jwt>[1] = {}) {
  const assertion = await jwt({ purposeId, ...assertionClaims }, { audience: pdndAudience, ...options })
  return fetch(standIn.tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({ client_id: clientId, client_assertion: assertion, client_assertion_type: clientAssertionType, grant_type: 'client_credentials' }),
  })
}

/** A voucher and the tracking evidence it was asked with. */
async function voucher() {
  const evidence = await jwt({ purposeId, userID: 'prova', userLocation: 'localhost', LoA: 'LoA3' })
  const res = await askVoucher({ digest: { alg: 'SHA256', value: sha256(evidence, 'hex') } })
  expect(res.status).toBe(200)
  const { access_token: token, expires_in: expiresIn, token_type: type } = await res.json() as { access_token: string; expires_in: number; token_type: string }
  expect({ type, expiresIn }).toEqual({ type: 'Bearer', expiresIn: 600 })
  return { token, evidence }
}

const request = (codiceFiscale = 'CPTGNN85C54B180W', casoUso = 'C021') => JSON.stringify({
  idOperazioneClient: 'PROVA1', criteriRicerca: { codiceFiscale }, datiRichiesta: { dataRiferimentoRichiesta: '2026-12-02', motivoRichiesta: 'prova', casoUso },
})

/** A consultation; `alter` changes what is sent after everything was signed. */
async function consult(
  { token, evidence }: { token: string; evidence: string },
  { body = request(), sent = body, signedDigest, signatureKey }: { body?: string; sent?: string; signedDigest?: string; signatureKey?: KeyObject } = {},
) {
  const digest = `SHA-256=${sha256(body, 'base64')}`
  const signature = await jwt({ signed_headers: [{ digest: signedDigest ?? digest }, { 'content-type': 'application/json' }] }, { key: signatureKey })
  return fetch(`${standIn.eserviceUrl}/anpr-service-e002`, {
    method: 'POST', body: sent,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'agid-jwt-trackingevidence': evidence, 'agid-jwt-signature': signature, digest },
  })
}

describe('the ANPR stand-in', () => {
  it('answers its status, and a correctly signed consultation with the family, the searched person first', async () => {
    expect((await fetch(`${standIn.eserviceUrl}/status`)).status).toBe(200)
    const res = await consult(await voucher(), { body: request('RZZSFO15B49B180L') })
    expect(res.status).toBe(200)
    const answer = await res.json() as { listaSoggetti: { datiSoggetto: { generalita: { codiceFiscale: { codFiscale: string } }; legameSoggetto: { codiceLegame: string } }[] } }
    expect(answer.listaSoggetti.datiSoggetto.map((s) => [s.generalita.codiceFiscale.codFiscale, s.legameSoggetto.codiceLegame]))
      .toEqual([['RZZSFO15B49B180L', '3'], ['CPTGNN85C54B180W', '1'], ['RZZPLA83S20E506O', '2']])
  })

  it('issues no voucher for an assertion signed with another key, for another audience or purpose, or expired', async () => {
    for (const res of [
      await askVoucher({}, { key: strangerKey }),
      await askVoucher({}, { keyId: 'altra-chiave' }),
      await askVoucher({}, { audience: 'altra-piattaforma' }),
      await askVoucher({ purposeId: 'altra-finalita' }),
      await askVoucher({}, { seconds: -10 }),
    ]) expect(res.status).toBe(401)
    const malformed = await fetch(standIn.tokenUrl, { method: 'POST', body: new URLSearchParams({ grant_type: 'password' }) })
    expect(malformed.status).toBe(400)
  })

  it('refuses (401) a missing, forged or expired voucher', async () => {
    const good = await voucher()
    expect((await consult({ ...good, token: '' })).status).toBe(401)
    // Same claims as a real voucher, signed by someone who is not PDND.
    const forged = await new SignJWT({ client_id: clientId, purposeId, digest: { alg: 'SHA256', value: sha256(good.evidence, 'hex') } })
      .setProtectedHeader({ alg: 'RS256', kid: 'pdnd-di-prova' }).setIssuer('sportello-pdnd-di-prova').setSubject(clientId).setAudience(eserviceAudience)
      .setIssuedAt().setExpirationTime('5m').sign(clientKey)
    const refused = await consult({ ...good, token: forged })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('content-type')).toContain('application/problem+json')
    expect(await refused.json()).toMatchObject({ listaErrori: [{ codiceErroreAnomalia: 'EN401' }] })
    ahead = 11 * 60_000
    try {
      expect((await consult(good)).status).toBe(401)
    } finally {
      ahead = 0
    }
  })

  it('refuses (403) a body changed after signing, a Digest not signed, a signature by another key, and tracking evidence not bound to the voucher', async () => {
    const good = await voucher()
    const altered = request('VLNMRC79H03B180T')
    expect((await consult(good, { sent: altered })).status).toBe(403)
    expect((await consult(good, { body: altered, signedDigest: `SHA-256=${sha256(request(), 'base64')}` })).status).toBe(403)
    expect((await consult(good, { signatureKey: strangerKey })).status).toBe(403)
    const otherEvidence = await jwt({ purposeId, userID: 'altro' })
    expect((await consult({ ...good, evidence: otherEvidence })).status).toBe(403)
    expect((await consult(good)).status).toBe(200)
  })

  it('answers RispostaKO: 400 for a bad request or another use case, 404 for nobody resident with that codice fiscale', async () => {
    const good = await voucher()
    for (const body of ['{"idOperazioneClient":"1"}', 'non è JSON', request('CPTGNN85C54B180W', 'C001')]) {
      const res = await consult(good, { body })
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ listaErrori: [{ codiceErroreAnomalia: 'EN400', tipoErroreAnomalia: 'E' }] })
    }
    const nobody = await consult(good, { body: request('LEOFNC90L61E506F') })
    expect(nobody.status).toBe(404)
    expect(nobody.headers.get('content-type')).toContain('application/problem+json')
    expect(await nobody.json()).toMatchObject({ listaErrori: [{ codiceErroreAnomalia: 'EN122' }] })
  })
})
