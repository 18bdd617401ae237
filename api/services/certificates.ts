import { createHash } from 'node:crypto'

import { certificatePdf } from '../../cms/certificates/certificatePdf'
import { normaliseCertificateCode, newCertificateCode } from '../../cms/certificates/codes'
import { certificateDescriptions } from '../../cms/certificates/descriptions'
import type { CertificateFiles } from '../../cms/certificates/files'
import { fullName } from '../../cms/certificates/registryFacts'
import { activeExemptions, amountDue, CertificateRefused, peopleOf, priceOf, subjectOf } from '../../cms/certificates/rules'
import { sealPdf, SealUnavailable, type SealKey } from '../../cms/certificates/seal'
import { selfDeclarationPdf } from '../../cms/certificates/selfDeclarationPdf'
import { certificateTypes, type CertificateType, typeLabelOf } from '../../cms/certificates/vocabulary'
import { keyedSerialQueue } from '../../cms/concurrency/serialQueue'
import type { Certificate, PaymentPosition } from '../../cms/payload-types'
import { RegistryError, type Registry, type RegistryFamily } from '../../cms/registry/registry'
import { relationId } from '../../cms/relationId'
import type { CertificateOptions, CertificateRequest, CertificateVerification, CertificateView } from '../contract/certificates'
import { CertificatesNotConfigured, isRequestKeyTaken, type CertificateSettings, type CertificateStore } from '../data/certificates'
import type { PaymentStore } from '../data/payments'
import { ApiError } from '../errors'
import { positionToStatus } from './payments'

/** What the certificate engine needs. `registry` and `seal` are null when the deployment has none: the service answers 503. */
export type CertificateDeps = {
  store: CertificateStore
  payments: PaymentStore
  registry: Registry | null
  seal: (() => SealKey) | null
  files: CertificateFiles
  publicUrl: URL
  /** "Comune di Brindisi": the heading of every certificate. */
  issuer: string
}

/** The citizen asking, as their session and profile say. */
export type Requester = { fiscalCode: string; name: string }

/** Days a certificate's pagoPA notice stays payable. */
const paymentDays = 30
/** After this long a request that recorded a certificate but raised no position has surely stopped. */
const stalledRequestMs = 60_000

const unavailable = (message = 'Il servizio dei certificati non è disponibile in questo momento. Riprova più tardi.') => new ApiError('unavailable', message)
const refused = (message: string) => new ApiError('validation', message)

/** The issuing office's settings; none yet is a service not set up, said in Italian (503), never a 500. */
async function settingsOf(deps: CertificateDeps) {
  try {
    return await deps.store.settings()
  } catch (error) {
    if (error instanceof CertificatesNotConfigured) throw unavailable('I certificati online non sono ancora attivi: il Comune non ha indicato l’ufficio che li rilascia. Riprova più tardi.')
    throw error
  }
}

/** The requester's family from the registry; its errors become the API's, in Italian. */
async function familyOf(deps: CertificateDeps, fiscalCode: string, purpose: string): Promise<RegistryFamily> {
  if (!deps.registry) throw unavailable('Il collegamento con l’anagrafe nazionale (ANPR) non è attivo: i certificati non si possono rilasciare ora.')
  try {
    return await deps.registry.familyOf(fiscalCode, purpose)
  } catch (error) {
    if (error instanceof RegistryError) {
      if (error.kind === 'not-found') throw refused(error.message)
      throw unavailable(error.message)
    }
    throw error
  }
}

function sealKey(deps: CertificateDeps): SealKey {
  if (!deps.seal) throw unavailable('Il sigillo elettronico del Comune non è configurato: i certificati non si possono rilasciare ora.')
  try {
    return deps.seal()
  } catch (error) {
    // The reason (a setting, a file) is for the administrator's log, never for the citizen.
    if (error instanceof SealUnavailable) console.error(`[certificati] ${error.message}`)
    else console.error('[certificati] sigillo non disponibile', error)
    throw unavailable('Il sigillo elettronico del Comune non è disponibile: i certificati non si possono rilasciare ora.')
  }
}

const rules = <T>(decide: () => T): T => {
  try {
    return decide()
  } catch (error) {
    if (error instanceof CertificateRefused) throw refused(error.message)
    throw error
  }
}

/** The page of the QR code. */
export const verifyUrlOf = (publicUrl: URL, code: string) => new URL(`/verifica-certificato/?codice=${encodeURIComponent(code)}`, publicUrl).toString()
/** The file name of an issued certificate. */
export const certificateFilename = (type: string, code: string) => `certificato-${type}-${code}.pdf`

/** A stored certificate as the citizen's desk shows it. */
export function certificateToView(c: Certificate, position: PaymentPosition | null, publicUrl: URL): CertificateView {
  return {
    id: c.id, code: c.code ?? null, type: c.type, typeLabel: typeLabelOf(c.type), status: c.status,
    subjectName: c.subjectName, relation: c.relation, use: c.use, exemptionLabel: c.exemptionLabel ?? null,
    bolloCents: c.bolloCents, dirittiCents: c.dirittiCents, requestedAt: c.createdAt, issuedAt: c.issuedAt ?? null, revokedAt: c.revokedAt ?? null,
    payment: position ? { positionId: position.id, amountCents: position.amountCents, status: positionToStatus(position) } : null,
    downloadUrl: c.status === 'emesso' ? `/api/me/certificati/${c.id}/certificato.pdf` : null,
    verifyUrl: c.code ? verifyUrlOf(publicUrl, c.code) : null,
  }
}

/**
 * The certificate engine: request (once per request key), the pagoPA position when an amount is
 * due, and the issue — registry lookup, PDF, seal, private file, one conditional update — exactly
 * once, whoever gets there first (the receipt or the citizen's page).
 */
export function certificateService(deps: CertificateDeps) {
  // Two issuers of one certificate in this process wait for each other instead of both sealing a PDF;
  // across processes the conditional update still lets only one win.
  const oneAtATime = keyedSerialQueue()

  const positionOf = async (c: Certificate) => (c.position ? deps.payments.findPosition(relationId(c.position)) : null)
  const view = async (c: Certificate) => certificateToView(c, await positionOf(c), deps.publicUrl)

  /**
   * Issues a certificate that is due: free, or its position paid. Anything else is returned as it is.
   * A request issuing at once passes the settings and the registry answer it has just read, so the
   * registry is asked once per certificate and the PDF prints exactly what the rules were checked on.
   */
  async function issue(certificate: Certificate, justRead?: { settings: CertificateSettings; family: RegistryFamily }): Promise<Certificate> {
    if (certificate.status !== 'da-pagare') return certificate
    return oneAtATime(String(certificate.id), async () => {
      const c = (await deps.store.findById(certificate.id))!
      if (c.status !== 'da-pagare') return c
      if (amountDue(c) > 0) {
        const position = await positionOf(c)
        if (position?.status !== 'pagata') return c
      }
      const key = sealKey(deps)
      const family = justRead?.family ?? (await familyOf(deps, c.requesterFiscalCode, `certificato ${c.id}`))
      const { person } = rules(() => subjectOf(c.requesterFiscalCode, family, c.subjectFiscalCode))
      const settings = justRead?.settings ?? (await settingsOf(deps))
      const office = settings.office
      const position = c.bolloCents > 0 ? await positionOf(c) : null
      const code = newCertificateCode()
      const issuedAt = new Date()
      const doc = await certificatePdf({
        type: c.type, issuer: deps.issuer, office: office.title, subject: person, family, code, issuedAt,
        use: c.use === 'esente' ? { kind: 'esente', label: c.exemptionLabel ?? '', legalReference: c.exemptionReference ?? '' } : { kind: 'bollo', iuv: position?.iuv ?? '' },
        verifyUrl: verifyUrlOf(deps.publicUrl, code), testSeal: key.test,
      })
      const bytes = await sealPdf(doc, key, { signedAt: issuedAt, contactInfo: office.contacts?.email ?? '' })
      const storageKey = await deps.files.save(bytes, issuedAt)
      const issued = await deps.store.markIssued(c.id, {
        code, issuedAt: issuedAt.toISOString(), sha256: createHash('sha256').update(bytes).digest('hex'),
        storageKey, filename: certificateFilename(c.type, code), size: bytes.length, testSeal: key.test,
      }).catch(async (error: unknown) => {
        await deps.files.remove(storageKey)
        throw error
      })
      if (!issued) {
        // Another process issued it first: its file and code stand, this one's file goes.
        await deps.files.remove(storageKey)
        return (await deps.store.findById(c.id))!
      }
      await deps.store.recordEvent({ certificate: c.id, office: relationId(c.office), kind: 'emesso', actorLabel: 'Sistema', reason: key.test ? 'Sigillo di prova (dimostrazione).' : null })
      return issued
    })
  }

  /** A certificate of the requester; another citizen's answers exactly like one that does not exist. */
  async function mine(requester: Requester, id: number): Promise<Certificate> {
    const c = await deps.store.findById(id)
    if (!c || c.requesterFiscalCode !== requester.fiscalCode) throw new ApiError('not_found', 'Certificato non trovato.')
    return c
  }

  /** The pagoPA position of a certificate with an amount due. */
  async function raisePosition(c: Certificate, requester: Requester, officeId: number): Promise<Certificate> {
    const label = typeLabelOf(c.type)
    const position = await deps.payments.createPosition({
      reason: c.bolloCents > 0 ? `Marca da bollo e diritti: ${label}` : `Diritti di segreteria: ${label}`,
      amountCents: amountDue(c), dueDate: new Date(Date.now() + paymentDays * 86_400_000).toISOString(),
      debtorFiscalCode: requester.fiscalCode, debtorName: requester.name, source: 'servizio', office: officeId, applicationRef: `certificato-${c.id}`,
    })
    return deps.store.setPosition(c.id, position.id)
  }

  /**
   * A certificate with an amount due but no position: the request stopped between the two writes
   * (a crash). Raised again once the request is surely over, so nothing asked for is lost.
   */
  async function healed(c: Certificate, requester: Requester): Promise<Certificate> {
    const stalled = (x: Certificate) => x.status === 'da-pagare' && !x.position && amountDue(x) > 0 && Date.now() - Date.parse(x.createdAt) >= stalledRequestMs
    if (!stalled(c)) return c
    return oneAtATime(`posizione-${c.id}`, async () => {
      const fresh = (await deps.store.findById(c.id))!
      return stalled(fresh) ? raisePosition(fresh, requester, relationId(fresh.office)) : fresh
    })
  }

  return {
    /** What the request form offers: the citizen and their family, the types, the active exemptions and the amounts. */
    async options(requester: Requester): Promise<CertificateOptions> {
      const [family, settings] = await Promise.all([familyOf(deps, requester.fiscalCode, 'richiesta di certificato'), settingsOf(deps)])
      const people = rules(() => {
        subjectOf(requester.fiscalCode, family, requester.fiscalCode)
        return peopleOf(requester.fiscalCode, family)
      })
      return {
        people: people.map(({ person, relation }) => ({ fiscalCode: person.fiscalCode, name: fullName(person), relation, relationLabel: person.relationToHead })),
        types: certificateTypes.map((t) => ({ value: t.value, label: t.label, description: certificateDescriptions[t.value] })),
        exemptions: activeExemptions(settings),
        amounts: { bolloCents: settings.bolloCents, dirittiBolloCents: settings.dirittiBolloCents, dirittiEsenteCents: settings.dirittiEsenteCents },
        office: { name: settings.office.title },
      }
    },

    /**
     * A request: checked against the rules and the registry, recorded once per request key, then issued
     * at once when nothing is due, or left "da pagare" with its pagoPA position.
     */
    async request(requester: Requester, body: CertificateRequest): Promise<{ certificate: CertificateView; created: boolean }> {
      const again = async (c: Certificate) => {
        if (c.requesterFiscalCode !== requester.fiscalCode) throw new ApiError('conflict', 'Questa richiesta non è valida: ricarica la pagina e riprova.')
        return { certificate: await view(await issue(await healed(c, requester))), created: false }
      }
      const known = await deps.store.findByRequestKey(body.requestKey)
      if (known) return again(known)
      sealKey(deps)
      const settings = await settingsOf(deps)
      const price = rules(() => priceOf(settings, body.use, body.exemptionId))
      const family = await familyOf(deps, requester.fiscalCode, 'richiesta di certificato')
      const { person, relation } = rules(() => subjectOf(requester.fiscalCode, family, body.subjectFiscalCode))
      let created: Certificate
      try {
        created = await deps.store.create({
          type: body.type, status: 'da-pagare', requesterFiscalCode: requester.fiscalCode, requesterName: requester.name,
          subjectFiscalCode: person.fiscalCode, subjectName: fullName(person), relation, use: body.use,
          exemptionLabel: price.exemption?.label ?? null, exemptionReference: price.exemption?.legalReference ?? null,
          bolloCents: price.bolloCents, dirittiCents: price.dirittiCents, office: settings.office.id, requestKey: body.requestKey,
        })
      } catch (error) {
        const winner = isRequestKeyTaken(error) ? await deps.store.findByRequestKey(body.requestKey) : null
        if (winner) return again(winner)
        throw error
      }
      await deps.store.recordEvent({ certificate: created.id, office: settings.office.id, kind: 'richiesto', actorLabel: requester.name, reason: price.exemption ? `Uso esente: ${price.exemption.label}` : null })
      const ready = amountDue(price) > 0 ? await raisePosition(created, requester, settings.office.id) : await issue(created, { settings, family })
      return { certificate: await view(ready), created: true }
    },

    /** The citizen's certificates, newest first; those paid meanwhile are issued on the way, when the registry answers. */
    async list(requester: Requester): Promise<CertificateView[]> {
      const all = await deps.store.listByRequester(requester.fiscalCode)
      return Promise.all(all.map(async (c) => view(await issue(c).catch(() => c))))
    },

    /** One certificate of the citizen, issued here if its position is now paid. */
    async one(requester: Requester, id: number): Promise<CertificateView> {
      return view(await issue(await healed(await mine(requester, id), requester)))
    },

    /** The sealed PDF of an issued certificate of the citizen. */
    async file(requester: Requester, id: number): Promise<{ bytes: Uint8Array; filename: string }> {
      const c = await mine(requester, id)
      if (c.status === 'revocato') throw new ApiError('conflict', 'Questo certificato è stato revocato dal Comune: non è più valido.')
      if (c.status !== 'emesso' || !c.storageKey) throw new ApiError('not_found', 'Il certificato non è ancora stato emesso.')
      const bytes = await deps.files.read(c.storageKey)
      if (!bytes) throw new ApiError('not_found', 'Il file del certificato non è disponibile: rivolgiti all’Ufficio anagrafe.')
      return { bytes, filename: c.filename ?? certificateFilename(c.type, c.code ?? String(c.id)) }
    },

    /** The pre-filled self-declaration in place of a certificate, for the citizen or a member of their family. */
    async selfDeclaration(requester: Requester, type: CertificateType, subjectFiscalCode: string): Promise<{ bytes: Uint8Array; filename: string }> {
      const family = await familyOf(deps, requester.fiscalCode, 'autocertificazione')
      const declarant = rules(() => subjectOf(requester.fiscalCode, family, requester.fiscalCode)).person
      const { person } = rules(() => subjectOf(requester.fiscalCode, family, subjectFiscalCode))
      const bytes = await selfDeclarationPdf({ type, issuer: deps.issuer, declarant, subject: person, family })
      return { bytes, filename: `autocertificazione-${type}.pdf` }
    },

    /** Issues the certificate a settled position was for, if it was one (the pagoPA receipt's hook). */
    async issueForPosition(positionId: number): Promise<void> {
      const position = await deps.payments.findPosition(positionId)
      const id = /^certificato-(\d+)$/.exec(position?.applicationRef ?? '')?.[1]
      const c = id ? await deps.store.findById(Number(id)) : null
      if (c) await issue(c)
    },
  }
}

export type CertificateService = ReturnType<typeof certificateService>

/** What the public verification page says of a code: nothing beyond what the holder of the paper sees. */
export async function verifyCertificate(store: CertificateStore, typed: string): Promise<CertificateVerification> {
  const code = normaliseCertificateCode(typed)
  const found = code ? await store.findByCode(code) : null
  if (!found || !found.issuedAt || (found.status !== 'emesso' && found.status !== 'revocato')) {
    return { code: code ?? typed.trim().slice(0, 40), outcome: 'sconosciuto', typeLabel: null, issuedAt: null, revokedAt: null, revokeReason: null, sha256: null, office: null, testSeal: false }
  }
  return {
    code: found.code!, outcome: found.status === 'emesso' ? 'valido' : 'revocato', typeLabel: typeLabelOf(found.type),
    issuedAt: found.issuedAt, revokedAt: found.revokedAt ?? null, revokeReason: found.status === 'revocato' ? (found.revokeReason ?? null) : null,
    sha256: found.sha256 ?? null, office: typeof found.office === 'object' ? found.office.title : null, testSeal: Boolean(found.testSeal),
  }
}
