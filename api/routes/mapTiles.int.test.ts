import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { createApp } from '../app'
import { loadConfig } from '../config'

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
let t: TestPayload
let tileServer: Server
let asked: { url: string; userAgent: string }[] = []
const appWith = (tiles: string) => createApp({ config: loadConfig({ SPORTELLO_SITE_DIR: t.dataDir, SPORTELLO_PUBLIC_URL: 'http://localhost:3000', SPORTELLO_MAP_TILES: tiles }), payload: t.payload })
// A tile of the centre of Brindisi at zoom 15, and one of Milan.
const brindisi = '/api/mappa/tile/15/18017/12329.png'
const milan = '/api/mappa/tile/15/17220/11728.png'

beforeAll(async () => {
  t = await startTestPayload()
  tileServer = createServer((req, res) => {
    asked.push({ url: req.url!, userAgent: req.headers['user-agent'] ?? '' })
    if (req.url!.startsWith('/15/')) res.writeHead(200, { 'content-type': 'image/png' }).end(png)
    else if (req.url!.startsWith('/16/')) res.writeHead(503).end()
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => tileServer.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  await new Promise((resolve) => tileServer?.close(resolve))
  await t?.cleanup()
})

describe('the map’s tiles through the portal', () => {
  it('fetches a tile once with the portal’s User-Agent, then serves it from disk', async () => {
    asked = []
    const app = appWith(`http://127.0.0.1:${(tileServer.address() as AddressInfo).port}/{z}/{x}/{y}.png`)
    for (let i = 0; i < 2; i++) {
      const res = await app.request(brindisi)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(Buffer.from(await res.arrayBuffer())).toEqual(png)
    }
    expect(asked).toEqual([{ url: '/15/18017/12329.png', userAgent: 'Sportello (http://localhost:3000)' }])
    const settings = await (await app.request('/api/mappa')).json()
    expect(settings).toEqual({ tiles: '/api/mappa/tile/{z}/{x}/{y}.png', attribution: 'Mappa di sfondo: 127.0.0.1' })
  })

  it('answers 404 for tiles far from the Comune, without asking the tile server', async () => {
    asked = []
    const app = appWith(`http://127.0.0.1:${(tileServer.address() as AddressInfo).port}/{z}/{x}/{y}.png`)
    expect((await app.request(milan)).status).toBe(404)
    expect((await app.request('/api/mappa/tile/3/9/1.png')).status).toBe(404)
    expect((await app.request('/api/mappa/tile/15/18017/12329.jpg')).status).toBe(404)
    expect(asked).toEqual([])
  })

  it('answers 404 when the tile server cannot be reached, and keeps answering at once instead of waiting each time', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused.
    const app = appWith('http://127.0.0.1:9/{z}/{x}/{y}.png')
    const first = await app.request('/api/mappa/tile/15/18018/12329.png')
    expect(first.status).toBe(404)
    expect(((await first.json()) as { error: { message: string } }).error.message).toBe('Tessera della mappa non disponibile.')
    expect((await app.request('/api/mappa/tile/15/18018/12330.png')).status).toBe(404)
  })

  it('after a server error, answers 404 without asking again for a while', async () => {
    asked = []
    const app = appWith(`http://127.0.0.1:${(tileServer.address() as AddressInfo).port}/{z}/{x}/{y}.png`)
    expect((await app.request('/api/mappa/tile/16/36034/24658.png')).status).toBe(404)
    expect((await app.request('/api/mappa/tile/16/36035/24658.png')).status).toBe(404)
    expect(asked.map((a) => a.url)).toEqual(['/16/36034/24658.png'])
  })

  it('serves no tiles and says so when the background map is off', async () => {
    const app = appWith('off')
    expect((await app.request(brindisi)).status).toBe(404)
    expect(await (await app.request('/api/mappa')).json()).toEqual({ tiles: null, attribution: null })
  })
})
