// A fault the portal must survive, caused under load: the disk of citizens' attachments full. The
// attachments' folder becomes a tiny tmpfs of its own, which mounting needs root: CI runs as root, so
// there the test fails if it cannot mount; a developer's machine without root skips it.
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, statfsSync, type Dirent } from 'node:fs'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { privateAttachmentsDir } from '../cms/practices/attachmentFiles'
import { startTestPayload, type TestPayload } from '../cms/testing/testPayload'
import { fiscalCodeCheckChar } from './auth/fiscalCode'
import { sessionCookieName } from './auth/sessionCookie'
import { createSession } from './auth/sessions'
import { createStores } from './data/stores'
import { startPortalWithLogin, type PortalWithLogin } from './testing/portalWithLogin'
import { createPracticeFixtures } from './testing/practiceFixtures'

const root = process.getuid?.() === 0
const kb = 1024
/** The attachments' disk: room for the citizens' first documents and a handful more. */
const diskBytes = 3 * kb * kb
const fullMessage = 'Spazio di archiviazione esaurito: riprova più tardi.'
/** What a bare 500 would show: an exception's name, stack frames, files of the server. */
const internals = /Error:|\n\s*at |node_modules|\/work\/|\.ts:\d|\.js:\d|stack|ENOSPC/

let t: TestPayload
let portal: PortalWithLogin
let filesDir: string
let mounted = false

/** A real PDF of about `size` bytes (a scan: a page and an embedded file that does not compress). */
async function pdfOfSize(label: string, size: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage().drawText(label)
  await doc.attach(randomBytes(size), 'scansione.bin', { mimeType: 'application/octet-stream' })
  return doc.save()
}
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const freeBytes = () => {
  const s = statfsSync(filesDir)
  return s.bavail * s.bsize
}
/** Every file on the attachments' disk, by its path under the folder (a storage key, if whole). */
const filesOnDisk = () => (readdirSync(filesDir, { recursive: true, withFileTypes: true }) as Dirent[])
  .filter((e) => e.isFile()).map((e) => path.relative(filesDir, path.join(e.parentPath, e.name))).sort()

const rowsInDatabase = async () => (await t.payload.find({ collection: 'practice-attachments', pagination: false, depth: 0, overrideAccess: true })).docs

/** Files and records agree: each file is a record's, whole (its size and hash), and each record has its file. */
async function expectNothingHalfWritten() {
  const rows = await rowsInDatabase()
  expect(filesOnDisk()).toEqual(rows.map((r) => r.storageKey).sort())
  for (const row of rows) {
    const bytes = readFileSync(path.join(filesDir, row.storageKey))
    expect({ size: bytes.length, sha256: sha256(bytes) }, row.storageKey).toEqual({ size: row.size, sha256: row.sha256 })
  }
  return rows
}

type Draft = { id: number; version: number; data: Record<string, unknown>; attachments: { id: string; sha256: string; filename: string; size: number }[] }

describe.skipIf(!root && !process.env.CI)('the attachments’ disk full', () => {
  beforeAll(async () => {
    if (!root) throw new Error('The disk-full test mounts a tmpfs and must run as root: in CI it may not be skipped.')
    t = await startTestPayload()
    // The folder the portal keeps attachments in, made a file system of 3 MB before the portal starts.
    filesDir = privateAttachmentsDir(t.dataDir)
    mkdirSync(filesDir, { recursive: true, mode: 0o700 })
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${diskBytes},mode=0700`, 'tmpfs', filesDir])
    mounted = true
    portal = await startPortalWithLogin(t)
  }, 120_000)
  afterAll(async () => {
    await portal?.close()
    // Always unmounted, even after a failure, so the folder can be removed and no tmpfs is left behind.
    try {
      // A lazy unmount if a file is still open, so the folder is never left mounted.
      if (mounted) execFileSync('sh', ['-c', 'umount "$1" || umount --lazy "$1"', 'umount', filesDir])
    } finally {
      await t?.cleanup()
    }
  })

  it('stores the uploads that fit whole, refuses the others in Italian leaving nothing half-written, keeps every draft intact and takes uploads again once there is room', async () => {
    const f = await createPracticeFixtures(t.payload, 'disco')
    const stores = createStores(t.payload)
    const call = (cookie: string, method: string, url: string, body?: unknown) => portal.app.request(url, {
      method, headers: { cookie, origin: portal.origin, ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    })
    const upload = (cookie: string, id: number, bytes: Uint8Array, name: string) => {
      const form = new FormData()
      form.set('slot', 'identity')
      form.set('file', new File([Buffer.from(bytes)], name))
      return call(cookie, 'POST', `/api/me/pratiche/${id}/allegati`, form)
    }

    // Twelve citizens, each with a draft filled in and a first document of 100 KB attached while there is room.
    const citizens = await Promise.all(Array.from({ length: 12 }, async (_, i) => {
      const first15 = `BNCLRA82D${String(i + 41).padStart(2, '0')}B180`
      const fiscalCode = first15 + fiscalCodeCheckChar(first15)
      const citizen = await t.payload.create({ collection: 'citizens', data: { fiscalCode, givenName: 'Laura', familyName: 'Bianchi', contacts: { email: `laura-${i + 1}@example.it` } }, overrideAccess: true })
      const { token } = await createSession(stores.sessions, citizen.id, 'spid')
      const cookie = `${sessionCookieName({ secure: false })}=${token}`
      const started = (await (await call(cookie, 'POST', '/api/me/pratiche', { service: f.service.slug })).json()) as Draft
      const data = { givenName: 'Laura', fiscalCode, email: `laura-${i + 1}@example.it`, kind: 'rinnovo', previous: `CD-${1000 + i}`, accept: true }
      const saved = await call(cookie, 'PUT', `/api/me/pratiche/${started.id}`, { version: started.version, data })
      expect(saved.status).toBe(200)
      const first = await pdfOfSize(`Documento ${i + 1}`, 100 * kb)
      const res = await upload(cookie, started.id, first, `documento-${i + 1}.pdf`)
      expect(res.status).toBe(201)
      const draft = (await saved.json()) as Draft
      return { cookie, draft, data, sent: [{ id: ((await res.json()) as { id: string }).id, bytes: first }], lastRefused: undefined as Uint8Array | undefined }
    }))
    await expectNothingHalfWritten()

    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    // All at once, each keeps sending scans of 200–350 KB to its draft until one is refused: the disk fills up.
    // Every loop runs to its end before anything is checked, so no upload is still writing when the disk goes.
    const attempts = await Promise.all(citizens.map(async (c, i) => {
      const answers: { status: number; body: string; bytes: Uint8Array }[] = []
      for (let n = 1; n <= 10 && answers.at(-1)?.status !== 507; n++) {
        const bytes = await pdfOfSize(`Scansione ${i + 1}.${n}`, (200 + ((i * 7 + n * 13) % 16) * 10) * kb)
        const res = await upload(c.cookie, c.draft.id, bytes, `scansione-${n}.pdf`)
        answers.push({ status: res.status, body: await res.text(), bytes })
        if (res.status !== 201 && res.status !== 507) break
      }
      return answers
    }))
    for (const [i, answers] of attempts.entries()) {
      const c = citizens[i]!
      for (const { status, body, bytes } of answers) {
        expect(body).not.toMatch(internals)
        if (status === 201) {
          const view = JSON.parse(body) as { id: string; sha256: string }
          expect(view.sha256).toBe(sha256(bytes))
          c.sent.push({ id: view.id, bytes })
          continue
        }
        // A clear refusal: the disk is full, in Italian, with the status meant for it.
        expect(status).toBe(507)
        expect(JSON.parse(body)).toEqual({ error: { code: 'insufficient_storage', message: fullMessage } })
        c.lastRefused = bytes
      }
    }
    // Some scans fitted and every citizen ended up refused: the disk did fill up under their uploads.
    expect(attempts.flat().filter((a) => a.status === 201).length).toBeGreaterThan(0)
    expect(citizens.every((c) => c.lastRefused)).toBe(true)

    // The log says the disk is full, once per refusal, and never whose upload it was.
    const lines = logged.mock.calls.map((args) => args.join(' '))
    expect(lines).toEqual(Array(citizens.length).fill('[api] spazio su disco esaurito (ENOSPC)'))
    logged.mockRestore()

    // Nothing half-written: no temporary or short file on the disk, no record without its whole file.
    const rows = await expectNothingHalfWritten()
    expect(rows).toHaveLength(citizens.reduce((n, c) => n + c.sent.length, 0))

    // Each draft is as its citizen left it: the answers, and every accepted file with its bytes.
    for (const c of citizens) {
      const draft = (await (await call(c.cookie, 'GET', `/api/me/pratiche/${c.draft.id}`)).json()) as Draft
      expect(draft.data).toEqual(c.data)
      expect(draft.attachments.map((a) => [a.id, a.sha256])).toEqual(c.sent.map((s) => [s.id, sha256(s.bytes)]))
      for (const s of c.sent) {
        const download = await call(c.cookie, 'GET', `/api/me/pratiche/${c.draft.id}/allegati/${s.id}`)
        expect(download.status).toBe(200)
        expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(s.bytes))
      }
    }

    // On the quiet disk, a scan a little larger than the space left is refused too, and nothing of it stays.
    const [giving, retrying] = [citizens[0]!, citizens[1]!]
    const retry = await pdfOfSize('Scansione da rifare', freeBytes() + 32 * kb)
    const refused = await upload(retrying.cookie, retrying.draft.id, retry, 'scansione-di-nuovo.pdf')
    expect(refused.status).toBe(507)
    expect(await refused.json()).toEqual({ error: { code: 'insufficient_storage', message: fullMessage } })
    await expectNothingHalfWritten()
    // A citizen removes her scans from her draft until there is room: the same scan is then taken.
    while (freeBytes() < retry.length + 64 * kb) {
      const removed = giving.sent.pop()!
      expect((await call(giving.cookie, 'DELETE', `/api/me/pratiche/${giving.draft.id}/allegati/${removed.id}`)).status).toBe(204)
    }
    const again = await upload(retrying.cookie, retrying.draft.id, retry, 'scansione-di-nuovo.pdf')
    expect(again.status).toBe(201)
    const view = (await again.json()) as { id: string }
    const download = await call(retrying.cookie, 'GET', `/api/me/pratiche/${retrying.draft.id}/allegati/${view.id}`)
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(retry))
    expect(await expectNothingHalfWritten()).toHaveLength(citizens.reduce((n, c) => n + c.sent.length, 0) + 1)
  }, 180_000)
})
