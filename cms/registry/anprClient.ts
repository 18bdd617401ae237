// The production adapter of the registry: ANPR's stato di famiglia e-service (C021) through PDND, with
// the ModI security patterns ANPR requires (see cms/registry/anprProtocol.ts for the sources). It talks
// to whatever the settings name — ANPR itself, or the demo's stand-in (api/standins/anpr/) — the same way.
// Nothing personal is ever logged: only HTTP statuses, ANPR's error codes and host names.
import { randomBytes, randomUUID, type KeyObject } from 'node:crypto'

import { SignJWT } from 'jose'

import {
  bodyDigest, citizenships, civilStatusCodes, clientAssertionType, e002Path, relationCodes, rispostaE002OKSchema, rispostaKOSchema,
  trackingEvidenceDigest, type DatiSoggetto, type RichiestaE002,
} from './anprProtocol'
import { RegistryError, type Registry, type RegistryFamily, type RegistryPerson } from './registry'

/** Where ANPR and PDND are, and who the portal is at PDND (see api/config.ts for the settings). */
export type AnprSettings = {
  /** Base URL of ANPR's e-service (…/C021-servizioAccertamentoStatoFamiglia/v1). */
  eserviceUrl: string
  /** The audience of the e-service (the voucher's and the ModI tokens' `aud`). */
  eserviceAudience: string
  /** ANPR's casoUso of the consultation (C021). */
  useCase: string
  /** PDND's token endpoint (…/token.oauth2). */
  tokenUrl: string
  /** The audience of the client assertion at PDND. */
  pdndAudience: string
  /** The portal's client at PDND: id, key id, purpose of the consultation, private key. */
  clientId: string
  kid: string
  purposeId: string
  privateKey: KeyObject
  /** The Comune the certificates are issued for: a person resident elsewhere is not-found. */
  comune: { istatCode: string; name: string }
  /** Where the requests start from, for the tracking evidence (AUDIT_REST_02 `userLocation`). */
  userLocation: string
  /** How long to wait for PDND or ANPR, in milliseconds (default 5 s). */
  timeoutMs?: number
}

/** Italian, safe to show: ANPR or PDND is down, slow, or answered what we cannot use. */
export const registryUnavailableMessage = "L'anagrafe nazionale (ANPR) non risponde in questo momento. Riprova tra qualche minuto: nessun certificato è stato emesso né addebitato."

/** Italian, safe to show: the person is not resident in the Comune. */
export const notResidentMessage = (comuneName: string) =>
  `Dall'anagrafe nazionale (ANPR) non risulti residente nel ${comuneName}: i certificati anagrafici li rilascia il Comune in cui risiedi.`

/** A voucher is renewed this long before it expires. */
const voucherMarginMs = 60_000
/** Lifetime of the ModI tokens the portal signs for one request (client assertion, Agid-JWT-Signature). */
const modiTokenSeconds = 300
/** Lifetime of the tracking evidence, sent with every call while its voucher lasts: the voucher is kept no longer. */
const trackingEvidenceSeconds = 600

type Voucher = { accessToken: string; trackingEvidence: string; expiresAt: number }

export type AnprRegistryOptions = { fetchFn?: typeof fetch; now?: () => number }

/** The registry backed by ANPR through PDND; every failure becomes a RegistryError with an Italian message. */
export function createAnprRegistry(settings: AnprSettings, { fetchFn = fetch, now = Date.now }: AnprRegistryOptions = {}): Registry {
  const timeoutMs = settings.timeoutMs ?? 5_000
  const eserviceUrl = settings.eserviceUrl.replace(/\/$/, '')
  let voucher: Promise<Voucher> | null = null

  const unavailable = (why: string, cause?: unknown): RegistryError => {
    console.error(`[anpr] ${why}`)
    return new RegistryError('unavailable', registryUnavailableMessage, { cause })
  }

  const sign = (claims: Record<string, unknown>, audience: string, seconds = modiTokenSeconds) => {
    const iat = Math.floor(now() / 1000)
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: settings.kid, typ: 'JWT' }).setJti(randomUUID())
      .setIssuer(settings.clientId).setAudience(audience).setIssuedAt(iat).setNotBefore(iat).setExpirationTime(iat + seconds)
      .sign(settings.privateKey)
  }

  const call = async (url: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetchFn(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    } catch (error) {
      throw unavailable(`nessuna risposta da ${new URL(url).host}`, error)
    }
  }

  /** A new PDND voucher: client_credentials with a signed client assertion bound to the tracking evidence. */
  const newVoucher = async (): Promise<Voucher> => {
    const trackingEvidence = await sign({
      purposeId: settings.purposeId, dnonce: String(randomBytes(6).readUIntBE(0, 6) % 1e13).padStart(13, '0'),
      userID: 'sportello-servizi-online', userLocation: settings.userLocation, LoA: 'LoA3',
    }, settings.eserviceAudience, trackingEvidenceSeconds)
    const clientAssertion = await new SignJWT({ purposeId: settings.purposeId, digest: { alg: 'SHA256', value: trackingEvidenceDigest(trackingEvidence) } })
      .setProtectedHeader({ alg: 'RS256', kid: settings.kid, typ: 'JWT' }).setJti(randomUUID()).setIssuer(settings.clientId).setSubject(settings.clientId)
      .setAudience(settings.pdndAudience).setIssuedAt(Math.floor(now() / 1000)).setExpirationTime(Math.floor(now() / 1000) + modiTokenSeconds)
      .sign(settings.privateKey)
    const asked = now()
    const res = await call(settings.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ client_id: settings.clientId, client_assertion: clientAssertion, client_assertion_type: clientAssertionType, grant_type: 'client_credentials' }),
    })
    const json = res.ok ? ((await res.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null) : null
    if (!json || typeof json.access_token !== 'string' || typeof json.expires_in !== 'number') {
      throw unavailable(`PDND non ha rilasciato il voucher: HTTP ${res.status}`)
    }
    return { accessToken: json.access_token, trackingEvidence, expiresAt: asked + Math.min(json.expires_in, trackingEvidenceSeconds) * 1000 }
  }

  /** The cached voucher while it has more than a minute left; otherwise (or after a refusal) a new one. */
  const currentVoucher = async (): Promise<Voucher> => {
    const cached = voucher && (await voucher.catch(() => null))
    if (cached && cached.expiresAt - voucherMarginMs > now()) return cached
    const asked = newVoucher()
    voucher = asked
    asked.catch(() => { if (voucher === asked) voucher = null })
    return asked
  }

  return {
    async familyOf(fiscalCode, purpose) {
      const code = fiscalCode.trim().toUpperCase()
      // Not a codice fiscale: nobody ANPR could find (and nothing to ask it).
      if (!/^[A-Z0-9]{16}$/.test(code)) throw new RegistryError('not-found', notResidentMessage(settings.comune.name))
      const { accessToken, trackingEvidence } = await currentVoucher()
      const request: RichiestaE002 = {
        idOperazioneClient: `SPORTELLO${now()}${randomBytes(4).toString('hex')}`,
        criteriRicerca: { codiceFiscale: code },
        datiRichiesta: { dataRiferimentoRichiesta: new Date(now()).toISOString().slice(0, 10), motivoRichiesta: purpose, casoUso: settings.useCase },
      }
      const body = JSON.stringify(request)
      const digest = bodyDigest(body)
      const signature = await sign({
        sub: settings.clientId,
        signed_headers: [{ digest }, { 'content-encoding': 'UTF-8' }, { 'content-type': 'application/json' }],
      }, settings.eserviceAudience)
      const res = await call(`${eserviceUrl}${e002Path}`, {
        method: 'POST', body,
        headers: {
          'content-type': 'application/json', 'content-encoding': 'UTF-8', accept: 'application/json, application/problem+json',
          authorization: `Bearer ${accessToken}`, 'agid-jwt-trackingevidence': trackingEvidence, 'agid-jwt-signature': signature, digest,
        },
      })
      const json: unknown = await res.json().catch(() => null)
      if (res.status === 401) voucher = null // refused (expired, revoked, another key): the next call asks for a new one
      if (res.status === 404) {
        const ko = rispostaKOSchema.safeParse(json)
        if (ko.success && ko.data.listaErrori?.length) throw new RegistryError('not-found', notResidentMessage(settings.comune.name))
      }
      if (res.status !== 200) {
        const codes = rispostaKOSchema.safeParse(json).data?.listaErrori?.map((e) => e.codiceErroreAnomalia).filter(Boolean).join(', ')
        throw unavailable(`ANPR ha risposto HTTP ${res.status}${codes ? ` (${codes})` : ''}`)
      }
      const ok = rispostaE002OKSchema.safeParse(json)
      if (!ok.success) throw unavailable('risposta di ANPR non leggibile')
      return toFamily(ok.data.listaSoggetti.datiSoggetto, code, settings.comune)
    },
  }

  function toFamily(subjects: DatiSoggetto[], code: string, comune: AnprSettings['comune']): RegistryFamily {
    const subject = subjects.find((s) => s.generalita.codiceFiscale.codFiscale === code)
    if (!subject) throw unavailable('la risposta di ANPR non riguarda il soggetto richiesto')
    const residence = subject.residenza[0]!
    if (residence.indirizzo.comune.codiceIstat !== comune.istatCode) throw new RegistryError('not-found', notResidentMessage(comune.name))
    const familyId = subject.legameSoggetto.idSchedaFamiglia
    const { indirizzo } = residence
    const street = [indirizzo.toponimo.specie, indirizzo.toponimo.denominazioneToponimo].filter(Boolean).join(' ')
    const number = [indirizzo.numeroCivico?.numero, indirizzo.numeroCivico?.lettera].filter(Boolean).join('/')
    return {
      familyId,
      address: {
        street: [placeName(street), number].filter(Boolean).join(' '),
        postalCode: indirizzo.cap,
        locality: placeName(indirizzo.comune.nomeComune ?? comune.name),
        province: indirizzo.comune.siglaProvinciaIstat ?? '',
      },
      residentSince: residence.dataDecorrenzaResidenza,
      members: subjects.filter((s) => s.legameSoggetto.idSchedaFamiglia === familyId).map(toPerson),
    }
  }
}

/** One member of the scheda di famiglia as the certificate engine needs it. */
function toPerson(s: DatiSoggetto): RegistryPerson {
  const g = s.generalita
  const civil = civilStatusCodes[s.statoCivile.statoCivile as keyof typeof civilStatusCodes]
  const relation = relationCodes[s.legameSoggetto.codiceLegame as keyof typeof relationCodes]
  const citizenship = s.cittadinanza[0]!
  return {
    fiscalCode: g.codiceFiscale.codFiscale,
    givenName: g.nome,
    familyName: g.cognome,
    sex: g.sesso,
    birthDate: g.dataNascita,
    birthPlace: printedPlace(g.luogoNascita),
    citizenship: citizenships.find((c) => c.codiceStato === citizenship.codiceStato)?.adjective ?? `dello Stato: ${placeName(citizenship.descrizioneStato)}`,
    civilStatus: civil ? civil[g.sesso] : (s.statoCivile.descrizioneStatoCivile ?? 'non documentato').toLowerCase(),
    ...(s.matrimonio && {
      marriage: { date: s.matrimonio.dataEvento, place: s.matrimonio.luogoEvento ? printedPlace(s.matrimonio.luogoEvento) : '', spouseName: `${s.matrimonio.coniuge.nome} ${s.matrimonio.coniuge.cognome}` },
    }),
    alive: !s.datiDecesso,
    relationToHead: relation ? relation[g.sesso] : s.legameSoggetto.descrizioneLegame ?? 'Componente della famiglia',
  }
}

/** "Brindisi (BR)" for a comune, "Germania" for a foreign State. */
function printedPlace(place: DatiSoggetto['generalita']['luogoNascita']): string {
  if (place.comune?.nomeComune) return `${placeName(place.comune.nomeComune)}${place.comune.siglaProvinciaIstat ? ` (${place.comune.siglaProvinciaIstat})` : ''}`
  if (place.localita?.descrizioneStato) return placeName(place.localita.descrizioneStato)
  return place.luogoEccezionale ?? ''
}

const particles = new Set(['di', 'del', 'della', 'dei', 'degli', 'delle', 'dello', 'da', 'dal', 'dalla', 'de', 'e', 'in', 'sul', 'sulla', 'al', 'alla', 'a'])

/** ANPR writes places in capitals: "SAN PIETRO VERNOTICO" → "San Pietro Vernotico", "VIA DEGLI ESEMPI" → "Via degli Esempi". */
export function placeName(text: string): string {
  return text.toLowerCase().split(' ').map((word, i) =>
    i > 0 && particles.has(word) ? word : word.replace(/(^|['’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase()),
  ).join(' ')
}
