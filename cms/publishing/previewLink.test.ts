import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'

import { previewUrl, verifyPreviewToken } from './previewLink'

process.env.PAYLOAD_SECRET ??= 'segreto-di-prova-lungo-almeno-trentadue-caratteri'

const tokenOf = (url: string) => new URL(url).searchParams.get('t')!

describe('preview links', () => {
  it('open exactly the draft they were issued for', async () => {
    const url = await previewUrl('https://www.comune.brindisi.example', { collection: 'news', id: '42' })
    expect(url).toMatch(/^https:\/\/www\.comune\.brindisi\.example\/anteprima\/\?t=/)
    expect(await verifyPreviewToken(tokenOf(url))).toEqual({ collection: 'news', id: '42' })
  })

  it('are refused when altered, signed with another key, expired or empty', async () => {
    const token = tokenOf(await previewUrl('http://localhost:3000', { collection: 'news', id: '42' }))
    const [header, body, signature] = token.split('.')
    const otherBody = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), d: '43' })).toString('base64url')
    expect(await verifyPreviewToken(`${header}.${otherBody}.${signature}`)).toBeNull()
    const foreign = await new SignJWT({ c: 'news', d: '42' }).setProtectedHeader({ alg: 'HS256' }).setAudience('sportello-anteprima').setExpirationTime('30m').sign(new TextEncoder().encode('x'.repeat(32)))
    expect(await verifyPreviewToken(foreign)).toBeNull()
    const expired = tokenOf(await previewUrl('http://localhost:3000', { collection: 'news', id: '42' }, Math.floor(Date.now() / 1000) - 60))
    expect(await verifyPreviewToken(expired)).toBeNull()
    expect(await verifyPreviewToken('')).toBeNull()
  })
})
