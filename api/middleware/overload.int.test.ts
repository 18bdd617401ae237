import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../cms/closePayload'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { createApp } from '../app'
import { loadConfig, type ApiConfig } from '../config'
import { createLoadMonitor, overloadRetryAfterSeconds, type LoadMonitor } from './overload'
import { unshedLoad } from '../testing/loadLimits'

let t: TestPayload
let config: ApiConfig
let load: LoadMonitor
let app: ReturnType<typeof createApp>
const origin = 'http://localhost:3000'
const busyMessage = 'Il portale è molto carico in questo momento: riprova tra qualche secondo.'

beforeAll(async () => {
  t = await startTestPayload()
  const siteDir = path.join(t.dataDir, 'site')
  mkdirSync(path.join(siteDir, 'servizi'), { recursive: true })
  writeFileSync(path.join(siteDir, 'servizi', 'index.html'), '<!doctype html><title>Servizi</title>')
  // Only requests in flight count here: a busy test machine must not shed these tests' requests (the event loop has its own tests).
  config = loadConfig({ SPORTELLO_SITE_DIR: siteDir, SPORTELLO_PUBLIC_URL: origin, SPORTELLO_MAX_IN_FLIGHT: '2', ...unshedLoad, SPORTELLO_MAP_TILES: 'off' })
  load = createLoadMonitor(config.overload)
  app = createApp({ config, payload: t.payload, load })
})
afterAll(async () => {
  load?.close()
  await t?.cleanup()
})

/** A feedback form posted as multipart whose body arrives only when `finish` is called: a request held in flight. */
function slowPost() {
  let finish!: () => void
  const boundary = 'confine'
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(part('path', '/servizi/')))
      finish = () => {
        controller.enqueue(new TextEncoder().encode(`${part('rating', '5')}--${boundary}--\r\n`))
        controller.close()
      }
    },
  })
  const response = app.request('/api/feedback', {
    method: 'POST', body, duplex: 'half',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Origin: origin },
  } as RequestInit)
  return { response, finish }
}

/** Lets the requests already started reach their handlers. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('the overload guard, with at most two requests in flight', () => {
  it('refuses the third request at once with 503, Retry-After and an Italian message, and serves the first two normally', async () => {
    const held = [slowPost(), slowPost()]
    await settle()
    expect(load.state()).toMatchObject({ inFlight: 2, saturated: true })

    const refused = await app.request('/api/niente', { headers: { Accept: 'application/json' } })
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe(String(overloadRetryAfterSeconds))
    expect(refused.headers.get('cache-control')).toBe('no-store')
    expect(await refused.json()).toEqual({ error: { code: 'unavailable', message: busyMessage } })

    // A browser asking for a page rendered on request gets the Italian error page.
    const page = await app.request('/verifica-certificato/', { headers: { Accept: 'text/html' } })
    expect(page.status).toBe(503)
    expect(page.headers.get('retry-after')).toBe(String(overloadRetryAfterSeconds))
    expect(page.headers.get('content-type')).toContain('text/html')
    const html = await page.text()
    expect(html).toContain('<html lang="it">')
    expect(html).toContain(busyMessage)

    // Static pages and health checks are never shed.
    const staticPage = await app.request('/servizi/')
    expect(staticPage.status).toBe(200)
    expect(await staticPage.text()).toContain('<title>Servizi</title>')
    expect((await app.request('/api/health/live')).status).toBe(200)
    expect((await app.request('/api/health')).status).toBe(200)
    const ready = await app.request('/api/health/ready')
    expect(ready.status).toBe(503)
    expect(await ready.json()).toMatchObject({ status: 'unavailable', saturated: true, draining: false, database: 'ok', inFlight: 2 })

    for (const { finish } of held) finish()
    for (const { response } of held) {
      const res = await response
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe('/grazie-per-il-feedback/?pagina=%2Fservizi%2F')
    }
    expect(load.state()).toMatchObject({ inFlight: 0, saturated: false })
    expect((await app.request('/api/health/ready')).status).toBe(200)
    expect((await app.request('/api/niente', { headers: { Accept: 'application/json' } })).status).toBe(404)
  })

  it('counts a refused or failed request out again', async () => {
    for (let i = 0; i < 5; i++) expect((await app.request('/api/niente')).status).toBe(404)
    expect(load.state().inFlight).toBe(0)
  })
})

/** Keeps the event loop busy for `ms`, as a turn of heavy work does, then lets one turn of the loop pass. */
async function busyTurn(ms: number) {
  const until = performance.now() + ms
  while (performance.now() < until) { /* work */ }
  await new Promise((resolve) => setImmediate(resolve))
}

describe('the overload guard and the event loop', () => {
  it('does not shed for one long pause', async () => {
    const pauseLoad = createLoadMonitor({ maxInFlight: 100, maxEventLoopDelayMs: 200 })
    const pauseApp = createApp({ config, payload: t.payload, load: pauseLoad })
    try {
      await busyTurn(700)
      expect(pauseLoad.state().eventLoopDelayMs).toBeLessThan(200)
      expect((await pauseApp.request('/api/niente', { headers: { Accept: 'application/json' } })).status).toBe(404)
    } finally {
      pauseLoad.close()
    }
  })

  it('sheds the API while the loop lags turn after turn, serves static pages, and recovers once it is free', async () => {
    const busyLoad = createLoadMonitor({ maxInFlight: 100, maxEventLoopDelayMs: 20 })
    const busyApp = createApp({ config, payload: t.payload, load: busyLoad })
    try {
      let refused: Response | undefined
      for (let turn = 0; turn < 50 && !refused; turn++) {
        await busyTurn(150)
        const res = await busyApp.request('/api/niente', { headers: { Accept: 'application/json' } })
        if (res.status === 503) refused = res
      }
      expect(refused?.headers.get('retry-after')).toBe(String(overloadRetryAfterSeconds))
      expect(await refused?.json()).toEqual({ error: { code: 'unavailable', message: busyMessage } })
      expect(busyLoad.state().saturated).toBe(true)
      expect((await busyApp.request('/servizi/')).status).toBe(200)
      expect((await busyApp.request('/api/health/live')).status).toBe(200)

      let recovered = false
      for (let wait = 0; wait < 100 && !recovered; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        recovered = (await busyApp.request('/api/health/ready')).status === 200
      }
      expect(recovered).toBe(true)
      expect((await busyApp.request('/api/niente', { headers: { Accept: 'application/json' } })).status).toBe(404)
    } finally {
      busyLoad.close()
    }
  })
})

describe('readiness and liveness', () => {
  it('turns readiness to 503 while draining, liveness and the health report staying 200', async () => {
    const draining = createLoadMonitor(config.overload)
    const drainingApp = createApp({ config, payload: t.payload, load: draining })
    try {
      expect((await drainingApp.request('/api/health/ready')).status).toBe(200)
      draining.startDraining()
      const ready = await drainingApp.request('/api/health/ready')
      expect(ready.status).toBe(503)
      expect(ready.headers.get('cache-control')).toBe('no-store')
      expect(await ready.json()).toMatchObject({ status: 'unavailable', draining: true, saturated: false, database: 'ok' })
      const live = await drainingApp.request('/api/health/live')
      expect(live.status).toBe(200)
      expect(await live.json()).toMatchObject({ status: 'ok' })
      expect((await drainingApp.request('/api/health')).status).toBe(200)
    } finally {
      draining.close()
    }
  })

  it('lists liveness and readiness in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/health/live', '/api/health/ready']))
  })

  // Last: the database of this file goes away.
  it('turns readiness to 503 when the database is unreachable, liveness staying 200', async () => {
    await closePayload(t.payload)
    const down = createLoadMonitor(config.overload)
    const downApp = createApp({ config, payload: t.payload, load: down })
    try {
      const ready = await downApp.request('/api/health/ready')
      expect(ready.status).toBe(503)
      expect(await ready.json()).toMatchObject({ status: 'unavailable', database: 'unreachable', draining: false, saturated: false })
      expect((await downApp.request('/api/health/live')).status).toBe(200)
    } finally {
      down.close()
    }
  })
})
