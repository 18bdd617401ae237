import { readFileSync } from 'node:fs'
import { createContext, runInContext } from 'node:vm'

import { beforeEach, describe, expect, it, vi } from 'vitest'

import { workerScript, type WorkerBuild } from '../integrations/serviceWorker'

const source = readFileSync(new URL('./sw.js', import.meta.url), 'utf8')
const origin = 'https://www.comune.brindisi.example'
const build: WorkerBuild = {
  version: 'v1', shell: ['/senza-connessione/', '/scripts/menu.js'], offline: '/senza-connessione/', name: 'Comune di Brindisi',
  pushFallback: 'Hai un nuovo messaggio nella tua area personale.', icon: '/icone/icona-192.png', badge: '/icone/badge-96.png',
}

type Listener = (event: unknown) => void
type Worker = {
  requestIsKeepable: (request: Request) => boolean
  responseIsKeepable: (response: unknown) => boolean
  sameOriginUrl: (raw: unknown) => string | null
}

let listeners: Record<string, Listener>
let showNotification: ReturnType<typeof vi.fn>
let openWindow: ReturnType<typeof vi.fn>
let worker: Worker

/** The built worker run as a browser would, with the parts of its global scope the tests look at replaced. */
beforeEach(() => {
  listeners = {}
  showNotification = vi.fn(async () => undefined)
  openWindow = vi.fn(async () => null)
  const self = {
    location: new URL(`${origin}/sw.js`),
    addEventListener: (type: string, listener: Listener) => void (listeners[type] = listener),
    registration: { showNotification },
    clients: { matchAll: async () => [], openWindow },
  }
  const context = createContext({ self, URL, Request, Response, Headers, caches: {}, fetch: () => Promise.reject(new Error('offline')) })
  runInContext(workerScript(build, source), context)
  worker = context as unknown as Worker
})

/** An answer as the browser hands it to the worker (a same-origin fetch is of type "basic"). */
const answer = (headers: Record<string, string>, status = 200) => ({ status, type: 'basic', headers: new Headers(headers) })
const publicPage = { 'cache-control': 'public, max-age=0, must-revalidate', 'content-type': 'text/html; charset=utf-8' }

describe('what the worker may keep', () => {
  it('keeps the GET of a public page of its own site', () => {
    expect(worker.requestIsKeepable(new Request(`${origin}/servizi/cambio-di-residenza/`))).toBe(true)
    expect(worker.responseIsKeepable(answer(publicPage))).toBe(true)
  })

  it('never keeps the API, the desk, previews, the admin, a query string, another site or a POST', () => {
    for (const path of ['/api/me', '/api/me/messaggi', '/area-personale/', '/area-personale/pagamenti/', '/anteprima/?token=x', '/admin/collections', '/servizi/?t=segreto', '/sw.js']) {
      expect(worker.requestIsKeepable(new Request(`${origin}${path}`)), path).toBe(false)
    }
    expect(worker.requestIsKeepable(new Request('https://altro.example/servizi/'))).toBe(false)
    expect(worker.requestIsKeepable(new Request(`${origin}/servizi/`, { method: 'POST' }))).toBe(false)
  })

  it('never keeps a private, unmarked, cookie-setting, partial or downloaded answer', () => {
    expect(worker.responseIsKeepable(answer({ ...publicPage, 'cache-control': 'private, no-store' }))).toBe(false)
    expect(worker.responseIsKeepable(answer({ ...publicPage, 'cache-control': 'public, no-store' }))).toBe(false)
    expect(worker.responseIsKeepable(answer({ 'content-type': 'text/html' }))).toBe(false)
    expect(worker.responseIsKeepable(answer({ ...publicPage, 'set-cookie': 'sessione=1' }))).toBe(false)
    expect(worker.responseIsKeepable(answer({ ...publicPage, 'content-disposition': 'attachment; filename="ricevuta.pdf"' }))).toBe(false)
    expect(worker.responseIsKeepable(answer(publicPage, 206))).toBe(false)
    expect(worker.responseIsKeepable({ ...answer(publicPage), type: 'opaqueredirect' })).toBe(false)
  })

  it('leaves the API to the browser: no answer from the worker at all', () => {
    const respondWith = vi.fn()
    listeners.fetch!({ request: new Request(`${origin}/api/me`), respondWith })
    listeners.fetch!({ request: new Request(`${origin}/area-personale/`, { mode: 'same-origin' }), respondWith })
    expect(respondWith).not.toHaveBeenCalled()
  })
})

describe('push messages', () => {
  const push = (data: unknown) => {
    const waitUntil = vi.fn()
    listeners.push!({ data, waitUntil })
    return waitUntil
  }

  it('shows the PushMessage it is sent, in Italian, with its link for the click', () => {
    const message = { title: 'Appuntamento confermato', body: 'Ti aspettiamo lunedì alle 9:30.', url: '/area-personale/appuntamenti/', tag: 'appuntamento-7' }
    expect(push({ json: () => message })).toHaveBeenCalledOnce()
    expect(showNotification).toHaveBeenCalledWith(message.title, {
      body: message.body, tag: message.tag, data: { url: message.url }, icon: build.icon, badge: build.badge, lang: 'it',
    })
  })

  it('shows a generic notice leading to the desk when the message cannot be read', () => {
    push({ json: () => { throw new SyntaxError('not JSON') } })
    expect(showNotification).toHaveBeenCalledWith(build.name, expect.objectContaining({ body: build.pushFallback, data: { url: '/area-personale/' }, lang: 'it' }))
  })

  it('opens a link of this site on click, and never another site', async () => {
    const click = async (url: string) => {
      const pending: Promise<unknown>[] = []
      listeners.notificationclick!({ notification: { data: { url }, close: vi.fn() }, waitUntil: (p: Promise<unknown>) => pending.push(p) })
      await Promise.all(pending)
    }
    await click('/area-personale/messaggi/')
    expect(openWindow).toHaveBeenCalledWith(`${origin}/area-personale/messaggi/`)
    openWindow.mockClear()
    await click('https://phishing.example/area-personale/')
    await click('//phishing.example/')
    await click('javascript:alert(1)')
    expect(openWindow).not.toHaveBeenCalled()
  })
})
