// Certificates issued per second, with the seal, on SQLite and PostgreSQL: the exempt path through the
// real engine (api/services/certificates.ts: rules, registry lookup, PDF, PAdES seal, private file, one
// conditional update, trail) with the real ANPR adapter talking over HTTP to the registry stand-in.
// Residents of the fictional registry ask, C at a time, for certificates of every type for themselves
// and their family. After the run every certificate is checked: issued once, unique code, the stored
// file's SHA-256 as recorded and its seal valid with the deployment's certificate.
// Usage: npm run bench:certificates [-- N [C]]   (defaults: 200 certificates, 8 at a time).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { Payload } from 'payload'

import { certificateFiles, privateCertificatesDir } from '../cms/certificates/files'
import { sealPdf, testSealKey } from '../cms/certificates/seal'
import { verifySeal } from '../cms/certificates/verifySeal'
import { certificateTypes } from '../cms/certificates/vocabulary'
import { rootDir } from '../cms/env'
import { certificateStore } from '../api/data/certificates'
import { paymentStore } from '../api/data/payments'
import { certificateService } from '../api/services/certificates'
import { startRegistryForTests } from '../api/testing/registryStandIn'
import { PDFDocument } from 'pdf-lib'
import { assignedDatabase, databaseLabels, freshDatabase, reportRows, runPerDatabase } from './lib/perDatabase'
import { timedPhase, type PhaseResult } from './lib/pool'
import { printTable } from './lib/table'

export const certificateHeaders = ['database', 'misura', 'quanti', 'tempo', 'al secondo', 'p50', 'p99']

const ms = (value: number) => (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`)

type Family = { members: { fiscalCode: string; givenName: string; familyName: string }[] }
const families = (JSON.parse(readFileSync(path.join(rootDir, 'content', 'registry.json'), 'utf8')) as { families: Family[] }).families

/** Measures N exempt certificates, C at a time, on one database; returns its rows and whether every check passed. */
export async function measureCertificates(payload: Payload, dataDir: string, database: string, total = 200, concurrency = 8): Promise<{ rows: (string | number)[][]; ok: boolean }> {
  const anpr = await startRegistryForTests({ adapter: { timeoutMs: 10_000 } })
  try {
    const office = await payload.create({ collection: 'offices', data: { title: 'Ufficio Anagrafe e Stato civile', slug: `anagrafe-bench-${Date.now()}`, type: 'ufficio', summary: 'Anagrafe', _status: 'published' } as never })
    const settings = await payload.updateGlobal({ slug: 'certificate-settings', data: { office: office.id, bolloCents: 1600, dirittiBolloCents: 52, dirittiEsenteCents: 0, exemptions: [{ label: 'Uso elettorale', legalReference: 'Art. 1, Tabella B, D.P.R. 642/1972', active: true }] } })
    const exemptionId = settings.exemptions![0]!.id!
    const key = testSealKey(dataDir)
    const store = certificateStore(payload)
    const files = certificateFiles(privateCertificatesDir(dataDir))
    const engine = certificateService({ store, payments: paymentStore(payload), registry: anpr.registry, seal: () => key, files, publicUrl: new URL('http://127.0.0.1:3000'), issuer: 'Comune di Brindisi' })

    // Who asks for what: every resident, for themself and their family, every type in turn.
    const asks = Array.from({ length: total }, (_, i) => {
      const family = families[i % families.length]!
      const requester = family.members[0]!
      const subject = family.members[Math.floor(i / families.length) % family.members.length]!
      return { requester: { fiscalCode: requester.fiscalCode, name: `${requester.givenName} ${requester.familyName}` }, subject: subject.fiscalCode, type: certificateTypes[i % certificateTypes.length]!.value }
    })
    // Warm-up: the typeface, the seal and the adapter's voucher, outside the measure.
    await engine.request(asks[0]!.requester, { type: 'residenza', subjectFiscalCode: asks[0]!.requester.fiscalCode, use: 'esente', exemptionId, requestKey: `riscaldamento-${Date.now()}` })

    const issued: number[] = []
    const run = Date.now()
    const phase = await timedPhase(asks, concurrency, async (a, i) => {
      const { certificate } = await engine.request(a.requester, { type: a.type, subjectFiscalCode: a.subject, use: 'esente', exemptionId, requestKey: `bench-${run}-${i}` })
      if (certificate.status === 'emesso') issued.push(certificate.id)
    })

    // The seal alone, for scale: the same kind of page sealed one after another.
    const sealOnly = await timedPhase(Array.from({ length: 50 }), 1, async () => {
      const doc = await PDFDocument.create()
      doc.addPage().drawText('Prova del sigillo', { x: 50, y: 700 })
      await sealPdf(doc, key)
    })

    // The checks: each issued once, codes unique, the file is the one recorded and its seal holds.
    const docs = (await payload.find({ collection: 'certificates', where: { id: { in: issued } }, pagination: false, depth: 0, overrideAccess: true })).docs
    const events = await payload.count({ collection: 'certificate-events', where: { and: [{ certificate: { in: issued } }, { kind: { equals: 'emesso' } }] }, overrideAccess: true })
    let badFiles = 0
    for (const c of docs) {
      const bytes = await files.read(c.storageKey!)
      if (!bytes || createHash('sha256').update(bytes).digest('hex') !== c.sha256 || !verifySeal(bytes, { trustedCertificatePem: key.certificatePem }).valid) badFiles++
    }
    const codes = new Set(docs.map((c) => c.code))
    const ok = issued.length === total && docs.length === total && codes.size === total && events.totalDocs === total && badFiles === 0
    const row = (name: string, p: PhaseResult) => [database, name, p.calls, `${p.seconds.toFixed(1)} s`, p.perSecond.toFixed(1), ms(p.p50Ms), ms(p.p99Ms)]
    const rows = [
      row(`certificati esenti emessi (${concurrency} alla volta: ANPR + PDF + sigillo + archivio)`, phase),
      row('solo il sigillo PAdES (uno alla volta)', sealOnly),
      [database, `verifica: emessi una volta, codici unici, file e sigillo integri`, `${docs.length}/${total}`, '', '', '', ok ? 'ok' : `ERRORE (${badFiles} file non integri)`],
      [database, 'consultazioni ANPR servite dal simulatore', anpr.standIn.counters.consultations, '', '', '', ''],
    ]
    return { rows, ok }
  } finally {
    await anpr.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [total = 200, concurrency = 8] = process.argv.slice(2).map(Number)
  const database = assignedDatabase()
  if (database) {
    const db = await freshDatabase(database)
    try {
      const { rows, ok } = await measureCertificates(db.payload, db.dataDir, databaseLabels[database], total, concurrency)
      reportRows(rows, ok)
    } finally {
      await db.cleanup()
    }
  } else {
    const { rows, ok } = await runPerDatabase('bench/certificates.ts', process.argv.slice(2))
    printTable(`Certificati emessi al secondo con sigillo (${total} certificati esenti, ${concurrency} alla volta, motore reale e simulatore ANPR su loopback)`, certificateHeaders, rows)
    if (!ok) {
      console.error('\nMisura incompleta o controlli falliti: vedi sopra.')
      process.exit(1)
    }
  }
  process.exit(0)
}
