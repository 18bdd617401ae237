import { describe, expect, it } from 'vitest'

import { deskTabAt, deskTabPath, deskTabs, deskTabTitle } from './tabs'

describe('the desk sections’ addresses', () => {
  it('gives each section its own address under /area-personale/, "I miei dati" the desk’s own', () => {
    expect(deskTabs.map((tab) => deskTabPath(tab.id))).toEqual([
      '/area-personale/', '/area-personale/pratiche/', '/area-personale/pagamenti/', '/area-personale/appuntamenti/',
      '/area-personale/messaggi/', '/area-personale/notifiche/', '/area-personale/documenti/', '/area-personale/segnalazioni/', '/area-personale/assistenza/',
    ])
  })

  it('reads the section back from an address, with or without the final slash', () => {
    for (const tab of deskTabs) expect(deskTabAt(deskTabPath(tab.id))).toBe(tab.id)
    expect(deskTabAt('/area-personale/pagamenti')).toBe('payments')
  })

  it('knows no section at the desk’s other pages', () => {
    for (const path of ['/area-personale/pratica/', '/area-personale/pagamento/', '/area-personale/domanda/', '/area-personale/certificati/', '/servizi/', '/']) {
      expect(deskTabAt(path), path).toBeUndefined()
    }
  })

  it('titles a section’s page after the section and the desk', () => {
    expect(deskTabTitle('payments', 'Area personale')).toBe('I miei pagamenti - Area personale')
    expect(deskTabTitle('data', 'Area personale')).toBe('Area personale')
  })
})
