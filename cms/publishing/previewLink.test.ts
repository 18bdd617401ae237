import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { SignJWT } from 'jose'
import { afterAll, describe, expect, it } from 'vitest'

import { payloadSecret } from '../env'
import { loadCmsSettings } from '../settings/cmsSettings'
import { previewUrl, verifyPreviewToken } from './previewLink'

// A data folder of this file's own: the preview secret is generated there, as on a fresh deployment.
const settings = loadCmsSettings({ SPORTELLO_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'sportello-anteprima-')), PAYLOAD_SECRET: randomBytes(32).toString('hex') })
afterAll(() => rmSync(settings.dataDir, { recursive: true, force: true }))

const tokenOf = (url: string) => new URL(url).searchParams.get('t')!

describe('preview links', () => {
  it('open exactly the draft they were issued for', async () => {
    const url = await previewUrl(settings, 'https://www.comune.brindisi.example', { collection: 'news', id: '42' })
    expect(url).toMatch(/^https:\/\/www\.comune\.brindisi\.example\/anteprima\/\?t=/)
    expect(await verifyPreviewToken(settings, tokenOf(url))).toEqual({ collection: 'news', id: '42' })
  })

  it('are refused when altered, signed with another key, expired or empty', async () => {
    const token = tokenOf(await previewUrl(settings, 'http://localhost:3000', { collection: 'news', id: '42' }))
    const [header, body, signature] = token.split('.')
    const otherBody = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), d: '43' })).toString('base64url')
    expect(await verifyPreviewToken(settings, `${header}.${otherBody}.${signature}`)).toBeNull()
    const foreign = await new SignJWT({ c: 'news', d: '42' }).setProtectedHeader({ alg: 'HS256' }).setAudience('sportello-anteprima').setExpirationTime('30m').sign(new TextEncoder().encode('x'.repeat(32)))
    expect(await verifyPreviewToken(settings, foreign)).toBeNull()
    const expired = tokenOf(await previewUrl(settings, 'http://localhost:3000', { collection: 'news', id: '42' }, Math.floor(Date.now() / 1000) - 60))
    expect(await verifyPreviewToken(settings, expired)).toBeNull()
    expect(await verifyPreviewToken(settings, '')).toBeNull()
  })

  it('are refused when signed with a key derived from the Payload secret, which is not theirs', async () => {
    const payloadKey = createHash('sha256').update(`anteprima:${payloadSecret(settings)}`).digest()
    const token = await new SignJWT({ c: 'news', d: '42' }).setProtectedHeader({ alg: 'HS256' }).setAudience('sportello-anteprima').setIssuedAt().setExpirationTime('30m').sign(payloadKey)
    expect(await verifyPreviewToken(settings, token)).toBeNull()
  })
})
