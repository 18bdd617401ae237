// The ANPR stand-in of the demo and the tests: PDND's token endpoint and ANPR's stato di famiglia e-service
// (C021) over the published protocol (cms/registry/anprProtocol.ts), answering from the fictional residents
// of content/registry.json. It checks the security for real — the client assertion against the client's
// public key, its voucher's signature, audience and expiry, the tracking evidence bound to the voucher, the
// body's Digest and the Agid-JWT-Signature over it — and answers 401/403 otherwise, as ANPR's gateway does.
// Error codes and texts of RispostaKO are ours (ANPR's catalogue of codes is not published with the API).
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'

import { Hono, type Context } from 'hono'
import { decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload } from 'jose'

import {
  bodyDigest, citizenships, civilStatusCodes, clientAssertionType, e002Path, familyUseCase, relationCodes, richiestaE002Schema,
  trackingEvidenceDigest, type DatiSoggetto, type RispostaE002OK, type RispostaKO,
} from '../../../cms/registry/anprProtocol'
import { loadFictionalRegistry, type FictionalFamily, type FictionalRegistry, type FictionalResident } from './residents'

/** The portal as a client of PDND: what the stand-in knows of it. */
export type AnprStandInClient = { clientId: string; kid: string; purposeId: string; publicKey: KeyObject }

export type AnprStandInOptions = {
  client: AnprStandInClient
  /** The client assertion's audience at this "PDND". */
  pdndAudience: string
  /** The e-service's audience (the voucher's and ModI tokens' `aud`). */
  eserviceAudience: string
  /** The fictional residents; defaults to content/registry.json. */
  registry?: FictionalRegistry
  /** Lifetime of the vouchers it issues (default 600 s, PDND's). */
  voucherSeconds?: number
  /** The stand-in's clock (tests move it). */
  now?: () => number
}

/** What the stand-in did, for tests: how many vouchers it issued and consultations it answered. */
export type AnprStandInCounters = { vouchers: number; consultations: number; refused: number }

/** Where the stand-in serves PDND and the e-service, below its base URL. */
export const anprStandInPaths = { token: '/pdnd/token.oauth2', eservice: '/anpr/C021-servizioAccertamentoStatoFamiglia/v1' }

const voucherIssuer = 'sportello-pdnd-di-prova'

export function createAnprStandIn(options: AnprStandInOptions) {
  const registry = options.registry ?? loadFictionalRegistry()
  const now = options.now ?? Date.now
  const voucherSeconds = options.voucherSeconds ?? 600
  // The "PDND" key: made at every start, so no voucher outlives the stand-in.
  const pdndKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const { client } = options
  const counters: AnprStandInCounters = { vouchers: 0, consultations: 0, refused: 0 }
  const currentDate = () => new Date(now())
  const byFiscalCode = new Map(registry.families.flatMap((family) => family.members.map((member) => [member.fiscalCode, family] as const)))

  const app = new Hono()

  const problem = (c: Context, status: 400 | 401, detail: string) => {
    counters.refused++
    c.header('Cache-Control', 'no-store')
    return c.json({ type: 'about:blank', status, title: status === 400 ? 'Bad Request' : 'Unauthorized', detail, errors: [{ code: '015-0008', detail }] }, status, { 'content-type': 'application/problem+json' })
  }
  const ko = (c: Context, status: 400 | 401 | 403 | 404 | 500, codice: string, testo: string) => {
    if (status === 401 || status === 403) counters.refused++
    const body: RispostaKO = { idOperazioneANPR: randomUUID(), listaErrori: [{ codiceErroreAnomalia: codice, tipoErroreAnomalia: 'E', testoErroreAnomalia: testo }] }
    return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' })
  }

  // PDND: client_credentials with a client assertion signed by the client's registered key.
  app.post(anprStandInPaths.token, async (c) => {
    const form = await c.req.parseBody().catch(() => ({} as Record<string, unknown>))
    const assertion = form.client_assertion
    if (form.grant_type !== 'client_credentials' || form.client_assertion_type !== clientAssertionType || typeof assertion !== 'string') {
      return problem(c, 400, 'Richiesta di voucher non valida')
    }
    if (form.client_id !== undefined && form.client_id !== client.clientId) return problem(c, 401, 'Client sconosciuto')
    let claims: JWTPayload
    try {
      if (decodeProtectedHeader(assertion).kid !== client.kid) return problem(c, 401, 'Chiave del client sconosciuta')
      ;({ payload: claims } = await jwtVerify(assertion, client.publicKey, {
        algorithms: ['RS256'], issuer: client.clientId, subject: client.clientId, audience: options.pdndAudience, currentDate: currentDate(), requiredClaims: ['jti', 'iat', 'exp'],
      }))
    } catch {
      return problem(c, 401, 'Client assertion non valida')
    }
    if (claims.purposeId !== client.purposeId) return problem(c, 401, 'Finalità non autorizzata')
    const digest = claims.digest as { alg?: unknown; value?: unknown } | undefined
    const iat = Math.floor(now() / 1000)
    const accessToken = await new SignJWT({ client_id: client.clientId, purposeId: client.purposeId, ...(digest && { digest }) })
      .setProtectedHeader({ alg: 'RS256', kid: 'pdnd-di-prova', typ: 'at+jwt' }).setIssuer(voucherIssuer).setSubject(client.clientId)
      .setAudience(options.eserviceAudience).setJti(randomUUID()).setIssuedAt(iat).setNotBefore(iat).setExpirationTime(iat + voucherSeconds)
      .sign(pdndKey.privateKey)
    counters.vouchers++
    c.header('Cache-Control', 'no-cache, no-store')
    return c.json({ access_token: accessToken, token_type: 'Bearer', expires_in: voucherSeconds })
  })

  app.get(`${anprStandInPaths.eservice}/status`, (c) => c.body(JSON.stringify({ listaErrori: [] }), 200, { 'content-type': 'application/problem+json' }))

  app.post(`${anprStandInPaths.eservice}${e002Path}`, async (c) => {
    // 1. The voucher: issued here, for this e-service, not expired.
    const bearer = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1]
    let voucher: JWTPayload
    try {
      ;({ payload: voucher } = await jwtVerify(bearer ?? '', pdndKey.publicKey, { algorithms: ['RS256'], issuer: voucherIssuer, audience: options.eserviceAudience, currentDate: currentDate() }))
    } catch {
      return ko(c, 401, 'EN401', 'Voucher PDND assente, scaduto o non valido')
    }
    // 2. The tracking evidence (AUDIT_REST_02): signed by the client, the one the voucher was asked with.
    const evidence = c.req.header('agid-jwt-trackingevidence') ?? ''
    const voucherDigest = (voucher.digest as { value?: unknown } | undefined)?.value
    if (!(await verifiedByClient(evidence)) || voucherDigest !== trackingEvidenceDigest(evidence)) {
      return ko(c, 403, 'EN403', 'Agid-JWT-TrackingEvidence non valido o non legato al voucher')
    }
    // 3. The body's integrity (INTEGRITY_REST_02): Digest of the bytes received, signed in Agid-JWT-Signature.
    const raw = await c.req.text()
    const digest = c.req.header('digest')
    const signature = await verifiedByClient(c.req.header('agid-jwt-signature') ?? '')
    const signedHeaders = Array.isArray(signature?.signed_headers) ? (signature.signed_headers as Record<string, unknown>[]) : []
    if (!signature || digest !== bodyDigest(raw) || !signedHeaders.some((h) => h.digest === digest)) {
      return ko(c, 403, 'EN403', 'Integrità del messaggio non verificata (Digest o Agid-JWT-Signature)')
    }
    // 4. The request itself.
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      return ko(c, 400, 'EN400', 'Richiesta non in formato JSON')
    }
    const request = richiestaE002Schema.safeParse(json)
    if (!request.success) return ko(c, 400, 'EN400', `Richiesta non valida: ${request.error.issues.map((i) => i.path.join('.')).join(', ')}`)
    if (request.data.datiRichiesta.casoUso !== familyUseCase) return ko(c, 400, 'EN400', `Caso d'uso non erogato da questo e-service: ${request.data.datiRichiesta.casoUso}`)
    counters.consultations++
    const code = request.data.criteriRicerca.codiceFiscale.trim().toUpperCase()
    const family = byFiscalCode.get(code)
    if (!family) return ko(c, 404, 'EN122', 'Nessun soggetto trovato per i criteri di ricerca indicati')
    const subject = family.members.find((m) => m.fiscalCode === code)!
    const answer: RispostaE002OK = {
      idOperazioneANPR: randomUUID(),
      listaSoggetti: { datiSoggetto: [subject, ...family.members.filter((m) => m !== subject)].map((m) => toDatiSoggetto(registry, family, m)) },
      listaAnomalie: [],
    }
    return c.json(answer)
  })

  /** The claims of a JWT the client signed for this e-service, or null. */
  async function verifiedByClient(token: string): Promise<JWTPayload | null> {
    try {
      if (decodeProtectedHeader(token).kid !== client.kid) return null
      const { payload } = await jwtVerify(token, client.publicKey, { algorithms: ['RS256'], issuer: client.clientId, audience: options.eserviceAudience, currentDate: currentDate(), requiredClaims: ['exp'] })
      return payload
    } catch {
      return null
    }
  }

  return { app, counters }
}

/** One resident as ANPR's datiSoggetto (names of places in capitals, as ANPR writes them). */
function toDatiSoggetto({ comune }: FictionalRegistry, family: FictionalFamily, m: FictionalResident): DatiSoggetto {
  const street = /^(\S+)\s+(.+?)\s+(\d+)(?:\/?([A-Z]))?$/i.exec(family.address.street)
  const citizenship = citizenships.find((c) => c.adjective === m.citizenship)!
  const civilCode = Object.entries(civilStatusCodes).find(([, words]) => words[m.sex] === m.civilStatus)![0]
  const relationCode = Object.entries(relationCodes).find(([, r]) => r.key === m.relation)!
  const [place, province] = /^(.*?)(?: \(([A-Z]{2})\))?$/.exec(m.marriage?.place ?? '')!.slice(1)
  const [spouseGiven, ...spouseFamily] = (m.marriage?.spouseName ?? '').split(' ')
  return {
    generalita: {
      codiceFiscale: { codFiscale: m.fiscalCode, validitaCF: '1' },
      cognome: m.familyName,
      nome: m.givenName,
      sesso: m.sex,
      dataNascita: m.birthDate,
      luogoNascita: m.birthPlace.province
        ? { comune: { nomeComune: m.birthPlace.name.toUpperCase(), siglaProvinciaIstat: m.birthPlace.province } }
        : { localita: { descrizioneStato: m.birthPlace.name.toUpperCase() } },
      idSchedaSoggettoANPR: `S${m.fiscalCode.slice(0, 11)}`,
    },
    residenza: [{
      tipoIndirizzo: '1',
      indirizzo: {
        cap: family.address.postalCode,
        comune: { nomeComune: comune.name.toUpperCase(), codiceIstat: comune.istatCode, siglaProvinciaIstat: comune.province },
        toponimo: street ? { specie: street[1]!.toUpperCase(), denominazioneToponimo: street[2]!.toUpperCase() } : { denominazioneToponimo: family.address.street.toUpperCase() },
        ...(street && { numeroCivico: { numero: street[3]!, ...(street[4] && { lettera: street[4].toUpperCase() }) } }),
      },
      dataDecorrenzaResidenza: family.residentSince,
    }],
    cittadinanza: [{ codiceStato: citizenship.codiceStato, descrizioneStato: citizenship.descrizioneStato }],
    statoCivile: { statoCivile: civilCode },
    ...(m.marriage && {
      matrimonio: {
        dataEvento: m.marriage.date,
        luogoEvento: { comune: { nomeComune: place!.toUpperCase(), ...(province && { siglaProvinciaIstat: province }) } },
        coniuge: { nome: spouseGiven!, cognome: spouseFamily.join(' ') },
      },
    }),
    legameSoggetto: { codiceLegame: relationCode[0], descrizioneLegame: relationCode[1].M.toUpperCase(), idSchedaFamiglia: family.familyId },
    identificativi: { idANPR: `AN${m.fiscalCode.slice(0, 9)}` },
  }
}
