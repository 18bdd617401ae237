import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../testing/testPayload'
import { loginFailureMessage } from './loginThrottle'
import { totpCode } from './totp'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
})
afterAll(async () => t?.cleanup())

const password = 'cavallo-batteria-graffetta'
const inAStep = () => Date.now() + 30_000

/** Calls the admin's REST API in process (the handlers its Next.js routes run), from a client address. */
async function call(method: string, path: string, options: { body?: unknown; token?: string; from?: string } = {}) {
  const headers: Record<string, string> = { 'x-forwarded-for': options.from ?? '192.0.2.1' }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.token) headers.authorization = `JWT ${options.token}`
  const res = await handleEndpoints({
    config: payload.config, payloadInstanceCacheKey: t.dataDir,
    request: new Request(`http://localhost:3001${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }),
  })
  const text = await res.text()
  return { status: res.status, text, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> }
}

async function staff(roles: ('admin' | 'editor' | 'operator')[]) {
  const email = `${roles.join('-')}.${Math.random().toString(36).slice(2)}@comune.test`
  await payload.create({ collection: 'users', data: { email, password, name: 'Prova', roles } })
  return email
}

async function login(email: string, from?: string): Promise<string> {
  const res = await call('POST', '/api/users/login', { body: { email, password }, from })
  expect(res.status, res.text).toBe(200)
  return String(res.json.token)
}

const me = async (token: string) => (await call('GET', '/api/users/me', { token })).json.user as Record<string, unknown> | null

/** Enrols the account behind the token: returns its TOTP secret and recovery codes. */
/** Enrols the second factor; `at` is the moment of the code used, so a test can replay it or take the step after it. */
async function enrol(token: string): Promise<{ secret: string; recoveryCodes: string[]; at: number; code: string }> {
  const setup = await call('POST', '/api/users/second-factor/setup', { token })
  expect(setup.status, setup.text).toBe(200)
  const secret = String(setup.json.secret)
  expect(String(setup.json.uri)).toMatch(/^otpauth:\/\/totp\//)
  const at = Date.now()
  const code = totpCode(secret, at)
  const confirm = await call('POST', '/api/users/second-factor/confirm', { token, body: { code } })
  expect(confirm.status, confirm.text).toBe(200)
  return { secret, recoveryCodes: confirm.json.recoveryCodes as string[], at, code }
}

describe('second factor', () => {
  it('keeps an admin without a second factor out of the REST API until they set one up', async () => {
    const email = await staff(['admin'])
    const token = await login(email)
    expect(await me(token)).toBeNull()
    expect((await call('GET', '/api/users', { token })).status).toBe(403)
    expect((await call('POST', '/api/news', { token, body: { title: 'x' } })).status).toBe(403)

    const setup = await call('POST', '/api/users/second-factor/setup', { token })
    const wrong = await call('POST', '/api/users/second-factor/confirm', { token, body: { code: '000000' } })
    expect(wrong.status).toBe(400)
    expect(String(wrong.json.message)).toMatch(/Codice non valido/)
    const secret = String(setup.json.secret)
    const confirm = await call('POST', '/api/users/second-factor/confirm', { token, body: { code: totpCode(secret) } })
    expect(confirm.status).toBe(200)
    expect(confirm.json.recoveryCodes).toHaveLength(10)
    expect((await me(token))?.email).toBe(email)
    expect((await call('GET', '/api/users', { token })).status).toBe(200)
  })

  it('never returns the TOTP secret or the recovery codes, through REST or the Local API', async () => {
    const email = await staff(['admin'])
    const token = await login(email)
    const { secret, recoveryCodes } = await enrol(token)
    const user = await me(token)
    const answers = [JSON.stringify(user), (await call('GET', `/api/users/${user?.id}`, { token })).text, (await call('GET', '/api/users', { token })).text,
      JSON.stringify(await payload.findByID({ collection: 'users', id: Number(user?.id) })), JSON.stringify(await payload.find({ collection: 'users' }))]
    for (const answer of answers) {
      expect(answer).not.toContain(secret)
      expect(answer).not.toContain(recoveryCodes[0])
      expect(answer).not.toMatch(/totpSecret|totpPendingSecret|recoveryCodes/)
    }
    expect(user?.secondFactorEnabled).toBe(true)
  })

  it('asks for a code at each sign-in, refuses a replayed code, and takes each recovery code once', async () => {
    const email = await staff(['admin'])
    const { secret, recoveryCodes, at, code } = await enrol(await login(email))

    const first = await login(email)
    expect(await me(first)).toBeNull()
    // The code of the step enrolment used is spent already.
    // (The very code enrolment used, not the current one: under load the clock may have moved to the next step.)
    expect((await call('POST', '/api/users/second-factor/verify', { token: first, body: { code } })).status).toBe(401)
    const next = totpCode(secret, at + 30_000)
    expect((await call('POST', '/api/users/second-factor/verify', { token: first, body: { code: next } })).status).toBe(200)
    expect((await me(first))?.email).toBe(email)

    const second = await login(email)
    const replay = await call('POST', '/api/users/second-factor/verify', { token: second, body: { code: next } })
    expect([replay.status, replay.json.message]).toEqual([401, loginFailureMessage])
    expect(await me(second)).toBeNull()
    const recovered = await call('POST', '/api/users/second-factor/verify', { token: second, body: { code: recoveryCodes[0]!.toUpperCase() } })
    expect([recovered.status, recovered.json.recoveryCodesLeft]).toEqual([200, 9])
    expect((await me(second))?.email).toBe(email)

    const third = await login(email)
    expect((await call('POST', '/api/users/second-factor/verify', { token: third, body: { code: recoveryCodes[0] } })).status).toBe(401)
    expect((await call('POST', '/api/users/second-factor/verify', { token: third, body: { code: recoveryCodes[1] } })).status).toBe(200)
  })

  it('lets an editor turn the second factor on, asks for it from then on, and lets them turn it off with a code', async () => {
    const email = await staff(['editor'])
    const token = await login(email)
    expect((await me(token))?.email).toBe(email)
    const { secret } = await enrol(token)
    const later = await login(email)
    expect(await me(later)).toBeNull()
    // A session that has not passed the second factor cannot replace it: a stolen password is not enough.
    expect((await call('POST', '/api/users/second-factor/setup', { token: later })).status).toBe(403)
    expect((await call('POST', '/api/users/second-factor/disable', { token: later, body: { code: totpCode(secret, inAStep()) } })).status).toBe(403)
    const disabled = await call('POST', '/api/users/second-factor/disable', { token, body: { code: totpCode(secret, inAStep()) } })
    expect(disabled.status, disabled.text).toBe(200)
    expect((await me(await login(email)))?.email).toBe(email)
  })
})

describe('sign-in throttling', () => {
  it('never locks an account: wrong passwords from one address do not stop its owner from another', async () => {
    const email = await staff(['editor'])
    const attempts = []
    for (let i = 0; i < 6; i++) attempts.push(await call('POST', '/api/users/login', { body: { email, password: 'sbagliata-davvero-123' }, from: '198.51.100.7' }))
    expect(attempts.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429])
    for (const attempt of attempts) expect(attempt.text).toContain(loginFailureMessage)
    expect((await call('POST', '/api/users/login', { body: { email, password }, from: '198.51.100.7' })).status).toBe(429)
    expect(await login(email, '203.0.113.9')).toBeTruthy()
    const stored = (await payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })) as Record<string, unknown> | null
    expect(stored?.lockUntil ?? null).toBeNull()
    expect(payload.collections.users.config.auth.maxLoginAttempts).toBe(0)
  })

  it('answers an unknown email exactly like a wrong password, and throttles an address whatever the emails', async () => {
    const email = await staff(['editor'])
    const known = await call('POST', '/api/users/login', { body: { email, password: 'sbagliata-davvero-123' }, from: '198.51.100.20' })
    const unknown = await call('POST', '/api/users/login', { body: { email: 'nessuno@comune.test', password: 'sbagliata-davvero-123' }, from: '198.51.100.20' })
    expect([unknown.status, unknown.json]).toEqual([known.status, known.json])
    const statuses = []
    for (let i = 0; i < 20; i++) {
      const res = await call('POST', '/api/users/login', { body: { email: `ignoto${i}@comune.test`, password: 'sbagliata-davvero-123' }, from: '198.51.100.20' })
      expect(res.text).toContain(loginFailureMessage)
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 18).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(18)).toEqual([429, 429])
    expect((await call('POST', '/api/users/login', { body: { email, password }, from: '198.51.100.20' })).status).toBe(429)
  })

  it('counts wrong second-factor codes like wrong passwords, with the same message', async () => {
    const email = await staff(['editor'])
    await enrol(await login(email, '198.51.100.30'))
    const token = await login(email, '198.51.100.30')
    const answers = []
    for (let i = 0; i < 6; i++) answers.push(await call('POST', '/api/users/second-factor/verify', { token, body: { code: '123456' }, from: '198.51.100.30' }))
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429])
    for (const answer of answers) expect(answer.json.message).toBe(loginFailureMessage)
  })
})
