import { describe, expect, it } from 'vitest'

import { soakVerdict, type SoakSample } from './soakVerdict'

/** Sixty 30-second samples of a quiet server, with `change(i)` applied to the i-th. */
const run = (change: (i: number) => Partial<SoakSample> = () => ({})): SoakSample[] =>
  Array.from({ length: 60 }, (_, i) => ({
    at: (i + 1) * 30, rssMb: 450 + (i % 3) * 5, anonMb: 380, fds: 32 + (i % 2), incoming: 10 + (i % 40), cpuPercent: 30,
    dbConnections: 3, requests: 2100, p50Ms: 5, p99Ms: 100, errors: 0, unexpected: 0, skipped: 0, ...change(i),
  }))
const failing = (samples: SoakSample[], seconds = 1800) => soakVerdict(samples, seconds).checks.filter((c) => !c.ok).map((c) => c.name)

describe('soakVerdict', () => {
  it('calls a steady server flat, whatever its incoming connections do', () => {
    expect(soakVerdict(run(), 1800)).toMatchObject({ flat: true, judged: true, ok: true })
  })

  it('sees memory, descriptors or database connections growing', () => {
    expect(failing(run((i) => ({ rssMb: 450 + i * 3 })))).toEqual(['RSS (MB, media)'])
    expect(failing(run((i) => ({ fds: 32 + i })))).toEqual(['file aperti, senza le connessioni HTTP (media)'])
    expect(failing(run((i) => ({ dbConnections: i > 50 ? 4 : 3 })))).toEqual(['connessioni al database (massimo)'])
    expect(soakVerdict(run((i) => ({ rssMb: 450 + i * 3 })), 1800).ok).toBe(false)
  })

  it('leaves the warm-up out: growth in the first tenth is not a leak', () => {
    expect(soakVerdict(run((i) => (i < 6 ? { rssMb: 50 + i * 10, fds: 10 } : {})), 1800)).toMatchObject({ flat: true, ok: true })
  })

  it('fails on any error or unexpected 4xx, flat or not; reports requests not sent without failing', () => {
    expect(soakVerdict(run((i) => ({ errors: i === 30 ? 1 : 0 })), 1800)).toMatchObject({ flat: true, errors: 1, ok: false })
    expect(soakVerdict(run((i) => ({ unexpected: i === 59 ? 2 : 0 })), 1800)).toMatchObject({ unexpected: 2, ok: false })
    expect(soakVerdict(run((i) => ({ skipped: i === 10 ? 40 : 0 })), 1800)).toMatchObject({ skipped: 40, ok: true })
  })

  it('does not judge the flatness of a run too short to tell a leak from the warm-up', () => {
    expect(soakVerdict(run((i) => ({ rssMb: 450 + i * 3 })), 20)).toMatchObject({ flat: false, judged: false, ok: true })
    expect(soakVerdict(run((i) => ({ errors: i === 3 ? 1 : 0 })), 20).ok).toBe(false)
  })
})
