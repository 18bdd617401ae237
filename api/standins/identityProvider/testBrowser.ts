// A very small browser for integration tests: it keeps cookies, follows redirects and submits forms
// over real HTTP, so the login flow is driven exactly as a browser without JavaScript would drive it.

/** One response as the test browser saw it. */
export type TestPage = { url: URL; status: number; html: string }

/** Stored cookies per origin; paths are ignored because every cookie of the provider may safely go everywhere on it. */
type CookieJar = Map<string, Map<string, string>>

const MAX_REDIRECTS = 10
// oidc-provider's pages that a browser submits by script as soon as they load.
const AUTO_SUBMIT = /document\.forms\[0\]\.submit\(\)[\s\S]*?<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/

/** Cookie-keeping HTTP client that stops before following a redirect to `stopAt` (the relying party's callback). */
export class TestBrowser {
  readonly #jar: CookieJar = new Map()
  constructor(readonly stopAt: string) {}

  /** GETs a URL, or POSTs a form to it, following redirects until a page or the `stopAt` address. */
  async go(target: string | URL, form?: Record<string, string>): Promise<TestPage> {
    let url = new URL(target)
    let init: RequestInit = form ? { method: 'POST', body: new URLSearchParams(form) } : { method: 'GET' }
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const res = await fetch(url, { ...init, redirect: 'manual', headers: this.#cookieHeader(url) })
      this.#store(url, res.headers.getSetCookie())
      const location = res.headers.get('location')
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel()
        url = new URL(location, url)
        if (url.href.startsWith(this.stopAt)) return { url, status: res.status, html: '' }
        init = { method: 'GET' }
        continue
      }
      const html = await res.text()
      const auto = AUTO_SUBMIT.exec(html)
      if (!auto) return { url, status: res.status, html }
      url = new URL(decodeEntities(auto[1]!), url)
      init = { method: 'POST', body: hiddenInputs(auto[2]!) }
    }
    throw new Error(`TestBrowser: more than ${MAX_REDIRECTS} redirects from ${target}`)
  }

  #cookieHeader(url: URL): Record<string, string> {
    const cookies = this.#jar.get(url.origin)
    return cookies?.size ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}
  }

  #store(url: URL, setCookies: string[]): void {
    const cookies = this.#jar.get(url.origin) ?? new Map<string, string>()
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';')
      const name = pair.slice(0, pair.indexOf('=')).trim()
      const value = pair.slice(pair.indexOf('=') + 1).trim()
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now())
      if (!value || expired) cookies.delete(name)
      else cookies.set(name, value)
    }
    this.#jar.set(url.origin, cookies)
  }
}

/** The form actions of a page, in document order (already resolved against the page's URL). */
export function formActions(page: TestPage): URL[] {
  return [...page.html.matchAll(/<form[^>]*\saction="([^"]+)"/g)].map((m) => new URL(decodeEntities(m[1]!), page.url))
}

/**
 * Starts a login at `authorizationUrl` and submits `fiscalCode` on the provider's login page, in the
 * mode the page preselected or, when given, in `mode` (an id of loginModes, e.g. "spid-1").
 */
export async function logInWithTestIdentity(browser: TestBrowser, authorizationUrl: URL, fiscalCode: string, mode?: string): Promise<TestPage> {
  const loginPage = await browser.go(authorizationUrl)
  const action = formActions(loginPage).find((url) => url.pathname.endsWith('/login'))
  if (!action) throw new Error(`TestBrowser: no login form at ${loginPage.url} (status ${loginPage.status})`)
  const preselected = /<input type="hidden" name="modo" value="([^"]*)">/.exec(loginPage.html)?.[1]
  return browser.go(action, { fiscal_code: fiscalCode, modo: mode ?? preselected ?? '' })
}

function hiddenInputs(formHtml: string): URLSearchParams {
  const inputs = [...formHtml.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)]
  return new URLSearchParams(inputs.map((m) => [m[1]!, decodeEntities(m[2]!)]))
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_m, name: string) =>
    ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? _m)
}
