import { describe, expect, it } from 'vitest'

import { pathToCacheControl } from './cachePolicy'

describe('cache headers of the built site', () => {
  it('makes browsers ask for the service worker every time, so a new build reaches them at once', () => {
    expect(pathToCacheControl('/sw.js')).toBe('no-cache')
  })

  it('keeps fingerprinted assets a year and revalidates pages and the manifest', () => {
    expect(pathToCacheControl('/_astro/BaseLayout.b2.css')).toContain('immutable')
    expect(pathToCacheControl('/manifest.webmanifest')).toBe('public, max-age=0, must-revalidate')
    expect(pathToCacheControl('/servizi/')).toBe('public, max-age=0, must-revalidate')
  })
})
