// `npm test`: the import rules between modules (dependency-cruiser, seconds), unit and integration
// tests on SQLite, the integration tests again on PostgreSQL, every benchmark in its short mode, the browser
// tests in Chromium, then the type check (last: it needs the content types that Astro generates while the
// browser tests build the site, and the benchmarks clear Astro's cache). Stops at the first failing step. The log
// ends with a summary of the steps and, last, the tests of every runner added up in the plain form
// "N passed, N failed, N skipped", alone on the last line (cms/testing/testCounts.ts). `npm test -- <word>` runs the steps whose name has that word
// (`npm run check:boundaries` is `npm test -- confini`).
import { readFileSync } from 'node:fs'

import pg from 'pg'

import { binPath, runCommand } from '../cms/publishing/runCommand'
import { testPostgresUrl } from '../cms/testing/testPostgres'
import { closingLine, countLines, inWords, tally, total, type Tally } from '../cms/testing/testCounts'

const postgresUrl = testPostgresUrl()
const only = process.argv[2]

/**
 * Every `bench*` command of package.json in its short mode (seconds each), so a benchmark the README names cannot rot:
 * it must finish with exit 0 and print its table. The full runs stay manual; their figures are in the README.
 */
const benchmarkSmokes: Record<string, string[]> = {
  // bench/run.ts runs bench/me.ts too: its smoke leaves that table to bench:me's, two lines below (about 80 s less).
  bench: ['--smoke', '--skip-me'],
  'bench:me': ['--smoke'],
  'bench:publish': ['--smoke'],
  'bench:search': ['400'],
  'bench:submissions': ['10', '2', '5'],
  'bench:kill': ['30', '4'],
  'bench:bookings': ['5', '1'],
  'bench:certificates': ['10', '2'],
  'bench:reports': ['200', '10', '2'],
  'bench:notifications': ['20'],
  'bench:soak': ['--seconds', '20'],
}

type Step = { name: string; run: () => Promise<unknown> }
const steps: Step[] = [
  // The rules and why are in .dependency-cruiser.cjs; scripts/boundaries.test.ts shows each one catching a wrong import.
  { name: 'Confini tra i moduli (dependency-cruiser)', run: () => runCommand(binPath('depcruise'), ['--config', '.dependency-cruiser.cjs', '--output-type', 'err', '.']) },
  { name: 'Test unitari e di integrazione su SQLite', run: () => runCommand(binPath('vitest'), ['run'], { echo: true }) },
  {
    name: 'Test di integrazione su PostgreSQL',
    run: async () => {
      if (!(await postgresReachable())) {
        // CI's own switch, read here: it concerns the test run, not the portal.
        if (process.env.SPORTELLO_REQUIRE_POSTGRES === '1') throw new Error(`PostgreSQL non raggiungibile su ${redact(postgresUrl)}`)
        console.warn(`PostgreSQL non raggiungibile su ${redact(postgresUrl)}: passo saltato (in CI è obbligatorio).`)
        return
      }
      // The fuzzer sends its 15,000 requests in the SQLite step; here 5,000 (about 60 s less), enough to cross every
      // route on this database too. SPORTELLO_FUZZ_RUNS, when set, still decides both.
      const fuzzRuns = process.env.SPORTELLO_FUZZ_RUNS ?? '5000'
      return runCommand(binPath('vitest'), ['run', '.int.test.ts'], { env: { SPORTELLO_TEST_DB: 'postgres', SPORTELLO_FUZZ_RUNS: fuzzRuns }, echo: true })
    },
  },
  // Before the browser tests and tsc: the benchmarks build and remove folders of their own (bench/run.ts clears
  // Astro's cache, which the browser tests' build fills again and tsc reads).
  { name: 'Benchmark in prova breve', run: runBenchmarkSmokes },
  { name: 'Test nel browser (Playwright + Chromium)', run: () => runCommand(binPath('playwright'), ['test'], { echo: true }) },
  { name: 'Controllo dei tipi (tsc)', run: () => runCommand(binPath('tsc'), ['--noEmit', '-p', '.']) },
]

const summary: string[] = []
const tallies: Tally[] = []
let failure: unknown
for (const [index, step] of steps.entries()) {
  if (only && !step.name.toLowerCase().includes(only.toLowerCase())) continue
  console.log(`\n━━ ${index + 1}/${steps.length} ${step.name}`)
  const started = performance.now()
  let output: unknown
  try {
    output = await step.run()
  } catch (error) {
    // A failed runner's output (its tail, where the counts are) travels on the error: they still go into the summary.
    output = (error as { output?: unknown }).output
    failure = error
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  const verdict = failure ? 'non superato' : 'superato'
  console.log(`━━ ${step.name}: ${verdict} (${seconds} s)`)
  const counted = typeof output === 'string' && countLines(output).length ? tally(output) : null
  if (counted) tallies.push(counted)
  summary.push(`${step.name}: ${verdict} (${seconds} s)${counted ? `, ${inWords(counted)}` : ''}`)
  if (failure) break
}
// The counts again at the very end, where a reader of the log's tail (or CI's) finds them in one place; the last
// line is their sum in the plain form every reader knows.
if (failure) console.error(failure instanceof Error ? failure.message : failure)
console.log(`\n━━ Riepilogo\n${summary.map((line) => `- ${line}`).join('\n')}\n\nTotale dei test di tutti i passi:\n${closingLine(total(tallies))}`)
if (failure) process.exit(1)

async function runBenchmarkSmokes(): Promise<void> {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }
  const missing = Object.keys(scripts).filter((name) => /^bench(:|$)/.test(name) && !(name in benchmarkSmokes))
  if (missing.length) throw new Error(`Benchmark senza prova breve in scripts/test.ts: ${missing.join(', ')}`)
  for (const [name, args] of Object.entries(benchmarkSmokes)) {
    if (!(name in scripts)) throw new Error(`scripts/test.ts prova ${name}, che package.json non ha più`)
    console.log(`\n━ npm run ${name} -- ${args.join(' ')}`)
    const started = performance.now()
    const output = await runCommand('npm', ['run', name, '--', ...args], { echo: true })
    if (!/^\|-{3,}/m.test(output)) throw new Error(`npm run ${name} è terminato senza stampare la sua tabella`)
    console.log(`━ npm run ${name}: completato (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

function redact(url: string): string {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}
