// Measures the assembly steps on a synthetic build folder: `npx tsx cms/publishing/assemble/measure.ts <dataDir> <pages>...`
import { existsSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { cloneBuild } from './clone'
import { writeSyntheticBuild } from './syntheticBuild'

const [base = '/tmp/sync-a-measure', ...sizes] = process.argv.slice(2)
const step = process.env.STEP ?? 'clone'

const time = async (fn: () => Promise<unknown>) => {
  const start = performance.now()
  await fn()
  return performance.now() - start
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

for (const pages of (sizes.length ? sizes : ['5000', '20000']).map(Number)) {
  const live = path.join(base, `live-${pages}`)
  // Generated once and kept: writing 20,000 pages takes minutes on a loaded machine.
  if (!existsSync(path.join(live, '.complete'))) {
    await rm(live, { recursive: true, force: true })
    await writeSyntheticBuild(live, pages)
    await writeFile(path.join(live, '.complete'), '')
  }
  if (step === 'clone') {
    for (const method of ['cp', 'node', 'cp', 'node', 'cp', 'node'] as const) {
      const to = path.join(base, `clone-${pages}-${method}`)
      const cpu = process.cpuUsage()
      const ms = await time(() => cloneBuild(live, to, { method }))
      const used = process.cpuUsage(cpu)
      console.log(`${pages} pages clone ${method}: ${ms.toFixed(0)} ms wall, node cpu ${(used.user / 1000).toFixed(0)} user + ${(used.system / 1000).toFixed(0)} sys ms, load ${loadavg()[0]!.toFixed(1)}`)
      await rm(to, { recursive: true, force: true })
    }
  }
}
void median
