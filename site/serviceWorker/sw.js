// The service worker of the public site, served as /sw.js (scope /). The build puts `build` in front of this
// file (site/integrations/serviceWorker.ts): { version, shell, offline, name, pushFallback }.
//
// What it keeps: the shell (the offline page, the stylesheet, fonts, scripts, icons) when it installs, and each
// public page the citizen opens, so that page reads again without a connection. What it never keeps: anything
// personal or private. Only same-origin GETs of public pages and of the shell pass, only when the server called
// them public (Cache-Control "public", no private/no-store, no cookie set) and without a query string (a link's
// token is not a page). Pages come from the network first, the cache only when the network fails: online, a
// citizen always reads the latest version.

/* global build */
const shellCache = `sportello-shell-${build.version}`
const pagesCache = `sportello-pages-${build.version}`
const neverKept = [/^\/api\//, /^\/area-personale(\/|$)/, /^\/anteprima(\/|$)/, /^\/admin(\/|$)/, /^\/_next\//, /^\/sw\.js$/]

/** Whether a request may be answered from, and stored in, the caches at all. */
function requestIsKeepable(request) {
  if (request.method !== 'GET') return false
  const url = new URL(request.url)
  return url.origin === self.location.origin && url.search === '' && !neverKept.some((re) => re.test(url.pathname))
}

/** Whether the server's answer may be stored: a whole public answer, no download, no cookie. */
function responseIsKeepable(response) {
  if (!response || response.status !== 200 || response.type !== 'basic') return false
  const cacheControl = (response.headers.get('cache-control') ?? '').toLowerCase()
  if (!/\bpublic\b/.test(cacheControl) || /\b(private|no-store)\b/.test(cacheControl)) return false
  // Browsers hide Set-Cookie from scripts; the check stays for any that do not. The server sends no-store with cookies.
  if (response.headers.has('set-cookie')) return false
  return !/\battachment\b/i.test(response.headers.get('content-disposition') ?? '')
}

/** Whether a kept answer is a page (HTML) rather than a file: only pages and the shell are kept. */
function responseIsPage(response) {
  return /^text\/html\b/i.test(response.headers.get('content-type') ?? '')
}

/** An address of this site from a notification's data, or null: a push never opens another site. */
function sameOriginUrl(raw) {
  try {
    const url = new URL(String(raw), self.location.origin)
    return url.origin === self.location.origin ? url.href : null
  } catch {
    return null
  }
}

/** The notification a push message (a PushMessage: title, body, url, tag) asks for; a generic one when unreadable. */
function notificationOf(data) {
  let message = null
  try {
    message = data ? data.json() : null
  } catch {
    message = null
  }
  const valid = message && typeof message.title === 'string' && typeof message.body === 'string'
  const shown = valid ? message : { title: build.name, body: build.pushFallback, url: '/area-personale/', tag: undefined }
  return {
    title: shown.title,
    options: { body: shown.body, tag: typeof shown.tag === 'string' ? shown.tag : undefined, data: { url: shown.url }, icon: build.icon, badge: build.badge, lang: 'it' },
  }
}

async function keep(cacheName, url, response) {
  const cache = await caches.open(cacheName)
  await cache.put(url, response)
}

/** Network first; on failure the kept copy of the page, else the offline page. */
async function page(event) {
  const { request } = event
  try {
    const response = await fetch(request)
    if (requestIsKeepable(request) && responseIsKeepable(response) && responseIsPage(response)) event.waitUntil(keep(pagesCache, request.url, response.clone()))
    return response
  } catch (error) {
    const kept = requestIsKeepable(request) ? await caches.match(request.url, { cacheName: pagesCache }) : undefined
    const fallback = kept ?? (await caches.match(build.offline, { cacheName: shellCache }))
    if (fallback) return fallback
    throw error
  }
}

/** Files of the shell and fingerprinted assets never change under their name: the cache first. */
async function asset(event) {
  const { request } = event
  const kept = await caches.match(request.url)
  if (kept) return kept
  const response = await fetch(request)
  if (responseIsKeepable(response) && new URL(request.url).pathname.startsWith('/_astro/')) event.waitUntil(keep(shellCache, request.url, response.clone()))
  return response
}

/** The pages open when the worker takes over were loaded before it: fetched again once, to be kept. */
async function keepOpenPages() {
  const windows = await self.clients.matchAll({ type: 'window' })
  await Promise.all(windows.map(async (client) => {
    const request = new Request(client.url)
    if (!requestIsKeepable(request)) return
    const response = await fetch(request).catch(() => null)
    if (responseIsKeepable(response) && responseIsPage(response)) await keep(pagesCache, request.url, response)
  }))
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(shellCache).then((cache) => cache.addAll(build.shell)).then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  const current = [shellCache, pagesCache]
  event.waitUntil((async () => {
    // Caches of earlier builds go: their pages and shell belong to a site that no longer exists.
    for (const name of await caches.keys()) if (name.startsWith('sportello-') && !current.includes(name)) await caches.delete(name)
    await self.clients.claim()
    await keepOpenPages()
  })())
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const { origin, pathname } = new URL(request.url)
  // The API (logins, downloads, the desk's data) goes straight to the network, untouched even when navigated to.
  if (request.method !== 'GET' || origin !== self.location.origin || pathname.startsWith('/api/')) return
  if (request.mode === 'navigate') return event.respondWith(page(event))
  if (requestIsKeepable(request) && (pathname.startsWith('/_astro/') || build.shell.includes(pathname))) event.respondWith(asset(event))
})

self.addEventListener('push', (event) => {
  const { title, options } = notificationOf(event.data)
  event.waitUntil(self.registration.showNotification(title, options))
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const url = sameOriginUrl(event.notification.data?.url)
  if (!url) return
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
    const open = windows.find((client) => client.url === url)
    return open ? open.focus() : self.clients.openWindow(url)
  })())
})
