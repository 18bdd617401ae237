// The test runners' count lines in a step's output, and their sum as one closing line. Vitest and Playwright close
// with lines of their own ("Tests  1278 passed | 4 skipped (1282)", "124 passed (14.1m)") that a reader of the
// log's tail, CI's included, may not know; `npm test` ends with the sum in the plain form any reader knows, alone on
// the log's last line and bare (no word before it): "N passed, N failed, N skipped", the only line of its summary in
// the runners' words.

export type Tally = { passed: number; failed: number; skipped: number }

const colours = /\u001b\[[0-9;]*m/g
/** Vitest's closing lines ("Test Files …", "Tests …"). */
const vitestLine = /^(Test Files|Tests)\s+\d+ (passed|failed)/
/** Playwright's, one a kind: "124 passed (14.1m)", "2 flaky"… */
const playwrightLine = /^(\d+) (passed|failed|flaky|skipped|interrupted|did not run)\b/

/** The runners' own count lines, colours removed: Vitest's "Test Files"/"Tests", Playwright's "N passed" and kin. */
export function countLines(output: string): string[] {
  return output
    .replace(colours, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => vitestLine.test(line) || playwrightLine.test(line))
}

/**
 * The tests of one step's output. Vitest's "Tests" line counts tests (its "Test Files" line counts files, not added);
 * Playwright prints one line a kind: a flaky test passed on retry, an interrupted one or one that did not run is not
 * a pass.
 */
export function tally(output: string): Tally {
  const sum: Tally = { passed: 0, failed: 0, skipped: 0 }
  for (const line of countLines(output)) {
    if (line.startsWith('Test Files')) continue
    if (line.startsWith('Tests')) {
      for (const [, n, kind] of line.matchAll(/(\d+) (passed|failed|skipped|todo)/g)) sum[counted[kind!]!] += Number(n)
      continue
    }
    const [, n, kind] = playwrightLine.exec(line)!
    sum[counted[kind!]!] += Number(n)
  }
  return sum
}

/** Where each runner's word is counted: a flaky test passed on retry; one interrupted or that did not run did not pass; a todo is skipped. */
const counted: Record<string, keyof Tally> = { passed: 'passed', flaky: 'passed', failed: 'failed', interrupted: 'failed', 'did not run': 'failed', skipped: 'skipped', todo: 'skipped' }

/** Tallies added up. */
export function total(tallies: Tally[]): Tally {
  return tallies.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }), { passed: 0, failed: 0, skipped: 0 })
}

/**
 * One step's tests in Italian words, for the summary above the closing line. Only that line speaks the runners'
 * English: a summary line in their words ("1284 passed", "in 460 s") could be read as another runner's closing line.
 */
export function inWords(sum: Tally): string {
  return `test superati ${sum.passed}, non superati ${sum.failed}, saltati ${sum.skipped}`
}

/** The closing line: the plain "N passed, N failed, N skipped", alone (its Italian label is the line before). */
export function closingLine(sum: Tally): string {
  return `${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`
}
