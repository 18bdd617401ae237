import { describe, expect, it } from 'vitest'

import { deskPath, safeReturnPath } from './loginState'

const publicUrl = new URL('http://localhost:3000')

describe('safeReturnPath', () => {
  it('keeps a path of the portal with its query and hash', () => {
    expect(safeReturnPath('/area-personale/', publicUrl)).toBe('/area-personale/')
    expect(safeReturnPath('/servizi/carta-identita/domanda/?bozza=12&passo=2#allegati', publicUrl)).toBe('/servizi/carta-identita/domanda/?bozza=12&passo=2#allegati')
    expect(safeReturnPath('/cerca/?q=carta%20identit%C3%A0', publicUrl)).toBe('/cerca/?q=carta%20identit%C3%A0')
  })

  it('normalises what it keeps: dot segments resolved, non-ASCII percent-encoded', () => {
    expect(safeReturnPath('/notizie/../servizi/', publicUrl)).toBe('/servizi/')
    expect(safeReturnPath('/notizie/caffè/', publicUrl)).toBe('/notizie/caff%C3%A8/')
  })

  it('sends control characters and whitespace that browsers strip to the desk', () => {
    for (const value of ['/\t/evil.example/', '/\n/evil.example/', '/\r/evil.example/', '/\u0000/evil.example/', '/\u007f/x', '/\u0085/x', '/ /evil.example/', '/\u00a0/x', '/\u2028/x', ' //evil.example/']) {
      expect(safeReturnPath(value, publicUrl), JSON.stringify(value)).toBe(deskPath)
    }
  })

  it('sends backslashes and scheme-relative paths to the desk, however they are written', () => {
    for (const value of ['//evil.example/', '/\\evil.example', '\\\\evil.example', '/x\\y', '/%09/evil.example/', '/%2F%2Fevil.example/', '/%2f/evil.example', '/%5Cevil.example', '/%5cevil.example', '/%252F%252Fevil.example/', '/.//evil.example/', '/..//evil.example/', '/%2e%2e//evil.example/', '/a/../..//evil.example/']) {
      expect(safeReturnPath(value, publicUrl), value).toBe(deskPath)
    }
  })

  it('sends other sites, other schemes and relative addresses to the desk', () => {
    for (const value of ['https://evil.example/', 'http://localhost:3000.evil.example/', 'http://localhost:3000/area-personale/', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'area-personale/', '?x=1', '#x']) {
      expect(safeReturnPath(value, publicUrl), value).toBe(deskPath)
    }
  })

  it('sends missing and over-long values to the desk', () => {
    expect(safeReturnPath(undefined, publicUrl)).toBe(deskPath)
    expect(safeReturnPath('', publicUrl)).toBe(deskPath)
    expect(safeReturnPath(`/servizi/?q=${'a'.repeat(300)}`, publicUrl)).toBe(deskPath)
  })

  it('keeps a value whose percent-encoding does not decode, as the browser would send it', () => {
    expect(safeReturnPath('/cerca/?q=100%', publicUrl)).toBe('/cerca/?q=100%')
  })
})
