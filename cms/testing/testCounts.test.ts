import { describe, expect, it } from 'vitest'

import { closingLine, countLines, inWords, tally, total } from './testCounts'

const vitestPassed = `
 ✓ api/app.int.test.ts (21 tests) 4012ms

\u001b[2m Test Files \u001b[22m \u001b[1m\u001b[32m182 passed\u001b[39m\u001b[22m\u001b[90m | \u001b[39m\u001b[33m1 skipped\u001b[39m\u001b[90m (183)\u001b[39m
\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m1278 passed\u001b[39m\u001b[22m\u001b[90m | \u001b[39m\u001b[33m4 skipped\u001b[39m\u001b[90m (1282)\u001b[39m
\u001b[2m   Start at \u001b[22m 08:01:02
`
const vitestFailed = `
 Test Files  1 failed | 66 passed (67)
      Tests  2 failed | 462 passed | 1 skipped | 3 todo (468)
`
const playwright = `
  ✓  124 [chromium] › e2e/segnalazioni.spec.ts:146:1 › a guest asks for assistance (6.6s)

  1 failed
    [chromium] › e2e/pagamenti.spec.ts:15:1 › a citizen pays
  2 flaky
    [chromium] › e2e/search.spec.ts:8:3 › the search page
  1 did not run
  3 skipped
  118 passed (14.1m)
`

describe('the closing count of npm test', () => {
  it('reads the runners’ own lines, colours removed', () => {
    expect(countLines(vitestPassed)).toEqual(['Test Files  182 passed | 1 skipped (183)', 'Tests  1278 passed | 4 skipped (1282)'])
  })

  it('counts Vitest’s tests, not its files', () => {
    expect(tally(vitestPassed)).toEqual({ passed: 1278, failed: 0, skipped: 4 })
    expect(tally(vitestFailed)).toEqual({ passed: 462, failed: 2, skipped: 4 })
  })

  it('counts a flaky Playwright test as passed, one that did not run as failed', () => {
    expect(tally(playwright)).toEqual({ passed: 120, failed: 2, skipped: 3 })
  })

  it('adds the steps up into the plain closing line', () => {
    const line = closingLine(total([tally(vitestPassed), tally(vitestFailed), tally(playwright), tally('tsc: nothing counted')]))
    expect(line).toBe('1860 passed, 4 failed, 11 skipped')
    expect(line).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/)
  })

  it('says each step’s tests in Italian, so the closing line is the only one in the runners’ words', () => {
    const words = inWords(tally(vitestFailed))
    expect(words).toBe('test superati 462, non superati 2, saltati 4')
    expect(words).not.toMatch(/passed|failed|skipped/)
  })
})
