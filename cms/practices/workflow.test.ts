import { describe, expect, it } from 'vitest'

import { canMoveTo, nextStatuses, refusedMoveToItalian, statusToLabel } from './workflow'

describe('the application workflow', () => {
  it('lets an operator take a submitted application in hand, ask for documents and decide', () => {
    expect(canMoveTo('presentata', 'in-lavorazione')).toBe(true)
    expect(canMoveTo('in-lavorazione', 'in-attesa-cittadino')).toBe(true)
    expect(canMoveTo('in-attesa-cittadino', 'in-lavorazione')).toBe(true)
    expect(canMoveTo('in-lavorazione', 'accolta')).toBe(true)
    expect(canMoveTo('accolta', 'chiusa')).toBe(true)
  })

  it('never turns a draft into an application from the back office, nor reopens a decision', () => {
    expect(canMoveTo('bozza', 'presentata')).toBe(false)
    expect(canMoveTo('bozza', 'in-lavorazione')).toBe(false)
    expect(canMoveTo('respinta', 'in-lavorazione')).toBe(false)
    expect(canMoveTo('chiusa', 'accolta')).toBe(false)
    expect(canMoveTo('presentata', 'accolta')).toBe(false)
    expect(nextStatuses('respinta')).toEqual([])
  })

  it('names every status in Italian', () => {
    expect(statusToLabel('in-attesa-cittadino')).toBe('In attesa di integrazioni')
  })

  it('says, when it refuses a move, where the application can go instead', () => {
    expect(refusedMoveToItalian('presentata', 'accolta')).toBe('Non è possibile passare da «Presentata» ad «Accolta»: da «Presentata» puoi passare a «In lavorazione», «Respinta» o «Chiusa».')
    expect(refusedMoveToItalian('accolta', 'in-lavorazione')).toBe('Non è possibile passare da «Accolta» a «In lavorazione»: da «Accolta» puoi passare a «Chiusa».')
    expect(refusedMoveToItalian('respinta', 'chiusa')).toBe('Non è possibile passare da «Respinta» a «Chiusa»: una pratica «Respinta» è conclusa e non cambia più stato.')
  })
})
