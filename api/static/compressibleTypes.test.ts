import { describe, expect, it } from 'vitest'

import { compressibleTypes, isCompressibleType } from './compressibleTypes'
import { exampleDeployment, nginxSiteConfig } from './nginxConfig'

describe('which media types are compressed in transit', () => {
  it('takes any text and the listed formats, with or without parameters, not images, fonts or PDFs', () => {
    for (const type of ['text/html; charset=UTF-8', 'text/calendar', 'application/json', 'Application/JSON', 'application/geo+json', 'image/svg+xml', 'application/manifest+json'])
      expect(isCompressibleType(type), type).toBe(true)
    for (const type of ['image/webp', 'image/png', 'font/woff2', 'application/pdf', 'application/octet-stream', 'application/zip'])
      expect(isCompressibleType(type), type).toBe(false)
  })

  it('nginx gzips the same list (text/html it always does, and may not be named again)', async () => {
    const lines = (await nginxSiteConfig(exampleDeployment)).split('\n').filter((line) => line.trim().startsWith('gzip_types '))
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      const named = line.trim().replace(/^gzip_types /, '').replace(/;$/, '').split(' ')
      expect(named).toEqual(compressibleTypes.filter((type) => type !== 'text/html'))
    }
  })
})
