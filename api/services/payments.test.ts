import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import type { PaymentPosition } from '../../cms/payload-types'
import { positionToNotice } from './payments'

const position = (extra: Partial<PaymentPosition> = {}) => ({
  id: 7, iuv: '01000000000000144', noticeCode: '301000000000000144', creditorFiscalCode: '00081490748', amountCents: 4100, dueDate: '2026-12-31T12:00:00.000Z',
  reason: 'Diritti e marca da bollo', debtorFiscalCode: 'CPTGNN85C54B180W', debtorName: 'Giovanna Caputo', applicationRef: 'pratica-42', ...extra,
}) as PaymentPosition

describe('what pagoPA is told about a position', () => {
  it('names the marca da bollo of an application: its amount, the application it stamps and the Comune’s province', () => {
    const notice = positionToNotice(position({ stampDutyCents: 1600 }), 'Comune di Brindisi')
    expect(notice.stampDuty).toEqual({
      amountCents: 1600, provincialResidence: 'BR', hashDocument: createHash('sha256').update('00081490748/pratica-42').digest('base64'),
    })
  })

  it('has no stamp duty when the position has none', () => {
    expect(positionToNotice(position(), 'Comune di Brindisi').stampDuty).toBeUndefined()
  })
})
