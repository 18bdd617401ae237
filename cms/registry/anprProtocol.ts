// ANPR's e-service protocol as it travels over PDND, shared by the adapter (cms/registry/anprClient.ts)
// and the demo's stand-in (api/standins/anpr/): the envelope, the data of a family, the ModI security.
//
// Sources. The envelope is the one ANPR publishes for every "E002" consultation e-service, taken from
// pagopa/p4pa-pdnd-services (openapi/external/anprApiC030.openapi.yaml, anprApiC003.openapi.yaml):
// `POST …/anpr-service-e002` with RichiestaE002 {idOperazioneClient, criteriRicerca, datiRichiesta}, answered
// by RispostaE002OK {idOperazioneANPR, listaSoggetti{datiSoggetto[]}, listaAnomalie} or RispostaKO
// {listaErrori[TipoErroriAnomalia]} as application/problem+json; `GET /status`. The security is the one of
// that repository's Java client (connector/pdnd/utils/AgidUtils.java, config/pdnd/PdndServiceIntegratedAuthConfigurer.java):
// a PDND voucher got with client_credentials and a signed `client_assertion` (purposeId, digest of the
// tracking evidence), then on every call `Authorization: Bearer <voucher>`, `Agid-JWT-TrackingEvidence`
// (AUDIT_REST_02), `Digest: SHA-256=<base64>` and `Agid-JWT-Signature` whose `signed_headers` carry that
// digest (INTEGRITY_REST_02).
//
// The schede's data. The repository publishes TipoGeneralita, TipoCodiceFiscale, TipoLuogoEvento, TipoComune,
// TipoLocalita, TipoIdentificativi; ANPR's data model (vocabolario "tipodato") also has TipoResidenza,
// TipoIndirizzo, TipoToponimo, TipoNumeroCivico, TipoDatiEvento, whose field names follow here. The stato di
// famiglia e-service (C021, "accertamento stato di famiglia") is not published there: its datiSoggetto are
// modelled in the same naming style — one entry per member of the famiglia anagrafica, the searched person
// first, each with generalita, residenza, cittadinanza, statoCivile, matrimonio (or unione civile),
// legameSoggetto (relation to the intestatario and the family card's id) and identificativi. That choice is ours.
import { createHash } from 'node:crypto'

import { z } from 'zod'

/** The use case of the stato di famiglia consultation (PDND catalogue: C021 "accertamento stato di famiglia"). */
export const familyUseCase = 'C021'

/** The operation every ANPR "E002" consultation exposes, below the e-service's base URL. */
export const e002Path = '/anpr-service-e002'

export const clientAssertionType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/** `SHA-256=<base64>` of a body, as the Digest header and the Agid-JWT-Signature's signed_headers carry it. */
export function bodyDigest(body: string): string {
  return `SHA-256=${createHash('sha256').update(body, 'utf8').digest('base64')}`
}

/** The hex SHA-256 of the tracking evidence, as the client assertion (and so the voucher) carries it. */
export function trackingEvidenceDigest(trackingEvidence: string): string {
  return createHash('sha256').update(trackingEvidence, 'utf8').digest('hex')
}

// ── The envelope (published) ──────────────────────────────────────────────────────────────────────

export const richiestaE002Schema = z.object({
  idOperazioneClient: z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'alfanumerico'),
  criteriRicerca: z.object({ codiceFiscale: z.string().min(1) }),
  datiRichiesta: z.object({ dataRiferimentoRichiesta: z.iso.date(), motivoRichiesta: z.string().min(1), casoUso: z.string().min(1) }),
})
export type RichiestaE002 = z.infer<typeof richiestaE002Schema>

export const tipoErroriAnomaliaSchema = z.object({
  codiceErroreAnomalia: z.string().optional(),
  tipoErroreAnomalia: z.string().optional(),
  testoErroreAnomalia: z.string().optional(),
  oggettoErroreAnomalia: z.string().optional(),
  campoErroreAnomalia: z.string().optional(),
  valoreErroreAnomalia: z.string().optional(),
})
export type TipoErroriAnomalia = z.infer<typeof tipoErroriAnomaliaSchema>

export const rispostaKOSchema = z.object({ idOperazioneANPR: z.string().optional(), listaErrori: z.array(tipoErroriAnomaliaSchema).optional() })
export type RispostaKO = z.infer<typeof rispostaKOSchema>

// ── The data of a scheda (ANPR's names; see the note above) ───────────────────────────────────────

const tipoComuneSchema = z.object({ nomeComune: z.string().optional(), codiceIstat: z.string().optional(), siglaProvinciaIstat: z.string().optional(), descrizioneLocalita: z.string().optional() })
const tipoLocalitaSchema = z.object({ descrizioneLocalita: z.string().optional(), descrizioneStato: z.string().optional(), codiceStato: z.string().optional(), provinciaContea: z.string().optional() })
const tipoLuogoEventoSchema = z.object({ luogoEccezionale: z.string().optional(), comune: tipoComuneSchema.optional(), localita: tipoLocalitaSchema.optional() })

const tipoGeneralitaSchema = z.object({
  codiceFiscale: z.object({ codFiscale: z.string(), validitaCF: z.string().optional(), dataAttribuzioneValidita: z.string().optional() }),
  cognome: z.string(),
  nome: z.string(),
  sesso: z.enum(['F', 'M']),
  dataNascita: z.iso.date(),
  luogoNascita: tipoLuogoEventoSchema,
  idSchedaSoggettoANPR: z.string().optional(),
})

const tipoIndirizzoSchema = z.object({
  cap: z.string(),
  comune: tipoComuneSchema,
  frazione: z.string().optional(),
  toponimo: z.object({ specie: z.string().optional(), denominazioneToponimo: z.string() }),
  numeroCivico: z.object({ numero: z.string().optional(), lettera: z.string().optional() }).optional(),
})

const tipoResidenzaSchema = z.object({
  tipoIndirizzo: z.string().optional(),
  indirizzo: tipoIndirizzoSchema,
  presso: z.string().optional(),
  dataDecorrenzaResidenza: z.iso.date(),
})

/** An event (marriage, civil union, death): date and place, as TipoDatiEvento. */
const tipoDatiEventoSchema = z.object({ dataEvento: z.iso.date(), luogoEvento: tipoLuogoEventoSchema.optional() })

const datiSoggettoSchema = z.object({
  generalita: tipoGeneralitaSchema,
  residenza: z.array(tipoResidenzaSchema).min(1),
  cittadinanza: z.array(z.object({ codiceStato: z.string(), descrizioneStato: z.string() })).min(1),
  statoCivile: z.object({ statoCivile: z.string(), descrizioneStatoCivile: z.string().optional() }),
  /** The marriage or civil union in force, with the other party's generalità as printed. */
  matrimonio: tipoDatiEventoSchema.extend({ coniuge: z.object({ cognome: z.string(), nome: z.string() }) }).optional(),
  datiDecesso: tipoDatiEventoSchema.optional(),
  legameSoggetto: z.object({ codiceLegame: z.string(), descrizioneLegame: z.string().optional(), idSchedaFamiglia: z.string() }),
  identificativi: z.object({ idANPR: z.string() }),
})
export type DatiSoggetto = z.infer<typeof datiSoggettoSchema>

export const rispostaE002OKSchema = z.object({
  idOperazioneANPR: z.string(),
  listaSoggetti: z.object({ datiSoggetto: z.array(datiSoggettoSchema).min(1) }),
  listaAnomalie: z.array(tipoErroriAnomaliaSchema).optional(),
})
export type RispostaE002OK = z.infer<typeof rispostaE002OKSchema>

// ── ANPR's coded values, both ways ────────────────────────────────────────────────────────────────

/** Stato civile codes of ANPR's table, with the word each sex prints. */
export const civilStatusCodes = {
  '1': { F: 'nubile', M: 'celibe' },
  '2': { F: 'coniugata', M: 'coniugato' },
  '3': { F: 'vedova', M: 'vedovo' },
  '4': { F: 'divorziata', M: 'divorziato' },
  '6': { F: 'unita civilmente', M: 'unito civilmente' },
} as const satisfies Record<string, { F: string; M: string }>

/** Relations to the intestatario della scheda (ANPR's "legame" codes), with what each sex prints. */
export const relationCodes = {
  '1': { key: 'intestatario', F: 'Intestataria della scheda', M: 'Intestatario della scheda' },
  '2': { key: 'coniuge', F: 'Coniuge', M: 'Coniuge' },
  '3': { key: 'figlio', F: 'Figlia', M: 'Figlio' },
  '6': { key: 'genitore', F: 'Madre', M: 'Padre' },
  '9': { key: 'fratello', F: 'Sorella', M: 'Fratello' },
  '13': { key: 'altro-parente', F: 'Altra parente', M: 'Altro parente' },
  '28': { key: 'unito-civilmente', F: 'Unita civilmente', M: 'Unito civilmente' },
} as const satisfies Record<string, { key: string; F: string; M: string }>
export type RelationKey = (typeof relationCodes)[keyof typeof relationCodes]['key']
export const relationKeys = Object.values(relationCodes).map((r) => r.key) as [RelationKey, ...RelationKey[]]

/** Citizenships: the ISTAT code and name of the State, and the adjective a certificate prints. */
export const citizenships = [
  { codiceStato: '100', descrizioneStato: 'ITALIA', adjective: 'italiana' },
  { codiceStato: '216', descrizioneStato: 'GERMANIA', adjective: 'tedesca' },
  { codiceStato: '215', descrizioneStato: 'FRANCIA', adjective: 'francese' },
  { codiceStato: '239', descrizioneStato: 'SPAGNA', adjective: 'spagnola' },
  { codiceStato: '235', descrizioneStato: 'ROMANIA', adjective: 'rumena' },
  { codiceStato: '201', descrizioneStato: 'ALBANIA', adjective: 'albanese' },
  { codiceStato: '436', descrizioneStato: 'MAROCCO', adjective: 'marocchina' },
  { codiceStato: '243', descrizioneStato: 'UCRAINA', adjective: 'ucraina' },
] as const
