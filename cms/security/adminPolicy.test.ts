import { describe, expect, it } from 'vitest'

import { adminContentSecurityPolicy, attachmentPreviewPolicy, isAttachmentPreview, strictTransportSecurity } from './adminPolicy'

describe('admin security headers', () => {
  it('allows only this origin, scripts only with the page nonce, and no framing', () => {
    const policy = adminContentSecurityPolicy('abc123')
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy).toContain("img-src 'self' data: blob:")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toMatch(/https?:|script-src[^;]*unsafe/)
  })

  it('names no other host in any directive: the admin works on a network with no internet', () => {
    const local = /^('self'|'none'|'nonce-abc123'|'strict-dynamic'|'unsafe-inline'|data:|blob:)$/
    const directives = adminContentSecurityPolicy('abc123').split('; ').map((d) => d.split(' '))
    for (const [name, ...sources] of directives) for (const source of sources) expect(source, `${name} ${source}`).toMatch(local)
    expect(directives.map(([name]) => name)).toEqual(expect.arrayContaining(['default-src', 'connect-src', 'font-src', 'img-src', 'script-src', 'style-src', 'worker-src']))
  })

  it('lets only the admin itself frame an attachment preview, which runs nothing', () => {
    const policy = attachmentPreviewPolicy()
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toMatch(/https?:|script-src|\*/)
    expect(isAttachmentPreview(new URL('http://localhost:3001/api/practice-attachments/12/file?inline=1'))).toBe(true)
    expect(isAttachmentPreview(new URL('http://localhost:3001/api/practice-attachments/12/file'))).toBe(false)
    expect(isAttachmentPreview(new URL('http://localhost:3001/admin/collections/practices/12?inline=1'))).toBe(false)
  })

  it('sends HSTS only when the admin is served over https', () => {
    expect(strictTransportSecurity('https://admin.comune.brindisi.it')).toMatch(/^max-age=\d+/)
    expect(strictTransportSecurity('http://localhost:3001')).toBeNull()
    expect(strictTransportSecurity(undefined)).toBeNull()
  })
})
