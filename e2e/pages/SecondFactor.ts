import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { expect, type APIRequestContext } from '@playwright/test'
import { Secret, TOTP } from 'otpauth'

import { e2e } from '../../playwright.config'

// The TOTP secrets the tests enrolled, by email, and the last time step each one used: kept in the
// e2e data folder so every spec of one run (a fresh portal) signs the same admin in.
const stateFile = path.join('.e2e', 'second-factor.json')
type Enrolment = { secret: string; lastStep: number }

function readState(): Record<string, Enrolment> {
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8')) as Record<string, Enrolment>
  } catch {
    return {}
  }
}

function save(email: string, enrolment: Enrolment): void {
  mkdirSync(path.dirname(stateFile), { recursive: true })
  writeFileSync(stateFile, JSON.stringify({ ...readState(), [email]: enrolment }))
}

const totp = (secret: string) => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) })
const stepNow = () => Math.floor(Date.now() / 30_000)

/** Records a secret read from the setup page (or the setup endpoint) and returns its current code. */
export function enrolled(email: string, secret: string): string {
  const step = stepNow()
  save(email, { secret, lastStep: step })
  return totp(secret).generate({ timestamp: step * 30_000 })
}

/** True when the tests already enrolled this account. */
export function isEnrolled(email: string): boolean {
  return Boolean(readState()[email])
}

/**
 * A code the portal has not seen yet for this account: the server refuses a step already used, and
 * accepts one step ahead, so this waits only when the next step is also spent.
 */
export async function freshCode(email: string): Promise<string> {
  const enrolment = readState()[email]
  if (!enrolment) throw new Error(`Nessun secondo fattore registrato nei test per ${email}`)
  const step = Math.max(stepNow(), enrolment.lastStep + 1)
  while (stepNow() < step - 1) await new Promise((resolve) => setTimeout(resolve, 1000))
  save(email, { ...enrolment, lastStep: step })
  return totp(enrolment.secret).generate({ timestamp: step * 30_000 })
}

const tokens = new Map<string, string>()

/**
 * A REST token of a staff account whose session passed the second factor: signs in with the
 * password, then sets the second factor up (an admin's first time) or types a fresh code.
 */
export async function verifiedToken(request: APIRequestContext, email: string, password: string): Promise<string> {
  const cached = tokens.get(email)
  if (cached && (await signedIn(request, cached))) return cached
  const login = await request.post(`${e2e.adminUrl}/api/users/login`, { data: { email, password } })
  expect(login.ok(), await login.text()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  const headers = { Authorization: `JWT ${token}` }
  if (!(await signedIn(request, token))) {
    if (isEnrolled(email)) {
      const verify = await request.post(`${e2e.adminUrl}/api/users/second-factor/verify`, { headers, data: { code: await freshCode(email) } })
      expect(verify.ok(), await verify.text()).toBe(true)
    } else {
      const setup = await request.post(`${e2e.adminUrl}/api/users/second-factor/setup`, { headers })
      expect(setup.ok(), await setup.text()).toBe(true)
      const { secret } = (await setup.json()) as { secret: string }
      const confirm = await request.post(`${e2e.adminUrl}/api/users/second-factor/confirm`, { headers, data: { code: enrolled(email, secret) } })
      expect(confirm.ok(), await confirm.text()).toBe(true)
    }
    expect(await signedIn(request, token)).toBe(true)
  }
  tokens.set(email, token)
  return token
}

/** A JWT of the first administrator (second factor done), for preparing data through the admin REST API. */
export function adminToken(request: APIRequestContext): Promise<string> {
  return verifiedToken(request, e2e.adminEmail, e2e.adminPassword)
}

async function signedIn(request: APIRequestContext, token: string): Promise<boolean> {
  const me = await request.get(`${e2e.adminUrl}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
  return me.ok() && Boolean(((await me.json()) as { user?: unknown }).user)
}
