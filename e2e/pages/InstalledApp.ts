import { expect, type Page } from '@playwright/test'

/** One answer the service worker keeps: its cache, its address and its body as text. */
export type KeptEntry = { cache: string; url: string; body: string }

/** The site as an installed app: its manifest, its service worker and what that worker keeps. */
export class InstalledApp {
  constructor(readonly page: Page) {}

  /** Waits until the worker at /sw.js is active and controls the page (it claims the pages open when it activates). */
  async waitForWorker(): Promise<void> {
    await this.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await expect.poll(() => this.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/\/sw\.js$/)
  }

  /** Every answer in every cache of the origin, read back as the worker would serve it. */
  async keptEntries(): Promise<KeptEntry[]> {
    return this.page.evaluate(async () => {
      const entries: KeptEntry[] = []
      for (const name of await caches.keys()) {
        const cache = await caches.open(name)
        for (const request of await cache.keys()) {
          const response = await cache.match(request)
          entries.push({ cache: name, url: request.url, body: response ? await response.text() : '' })
        }
      }
      return entries
    })
  }

  /** The addresses (paths) kept in the caches. */
  async keptPaths(): Promise<string[]> {
    return (await this.keptEntries()).map((entry) => new URL(entry.url).pathname)
  }
}

/** Width and height of a PNG, from its IHDR chunk (bytes 16–23). */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}
