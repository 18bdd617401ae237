import { describe, expect, it } from 'vitest'

import { listMyAssistance, listMyReports, type MyReportsStore } from './myReports'

const store = (asked: unknown[]): MyReportsStore => ({
  async mine(citizenId) {
    asked.push(['mine', citizenId])
    return [
      { code: 'SEG-2026-000001', title: 'Buca', status: 'ricevuta', category: { name: 'Strade e marciapiedi' }, createdAt: new Date('2026-01-02'), updatedAt: new Date('2026-01-03') },
      { code: 'SEG-2026-000002', title: 'Lampione spento', status: 'in-lavorazione', category: { name: 'Illuminazione pubblica' }, createdAt: new Date('2026-01-01'), updatedAt: new Date('2026-01-05') },
    ]
  },
  async myAssistance(citizenId) {
    asked.push(['assistance', citizenId])
    return [{ code: 'ASS-2026-000001', status: 'risposta', topic: 'pagamenti', message: 'Ricevuta?', service: { title: 'TARI', slug: 'tari' }, reply: 'Eccola.', repliedAt: new Date('2026-01-04'), createdAt: new Date('2026-01-03') }]
  },
})

describe('the desk’s reports and assistance requests', () => {
  it('lists only what the core gives for the session’s citizen, latest change first, with labels and the public page', async () => {
    const asked: unknown[] = []
    const reports = await listMyReports(store(asked), 42)
    expect(asked).toEqual([['mine', 42]])
    expect(reports.map((r) => [r.code, r.statusLabel, r.href])).toEqual([
      ['SEG-2026-000002', 'In lavorazione', '/segnalazioni/SEG-2026-000002/'],
      ['SEG-2026-000001', 'Ricevuta', '/segnalazioni/SEG-2026-000001/'],
    ])
  })

  it('gives the URP’s reply and the labels of topic and status', async () => {
    const [request] = await listMyAssistance(store([]), 42)
    expect(request).toMatchObject({ code: 'ASS-2026-000001', statusLabel: 'Risposta inviata', topicLabel: 'Pagamenti', service: 'TARI', reply: 'Eccola.', repliedAt: '2026-01-04T00:00:00.000Z' })
  })
})
