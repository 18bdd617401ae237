// Compression measurements: zlib's async thread pool at several concurrencies against a worker_threads pool of
// synchronous compressions. `npx tsx cms/publishing/assemble/measureCompress.ts <count>`
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'

import { compressTwins } from './compress'
import { runBounded } from './files'
import { syntheticPage } from './syntheticBuild'

const count = Number(process.argv[2] ?? 400)
const pages = Array.from({ length: count }, (_, n) => Buffer.from(syntheticPage(n)))

const workerSource = `
const { parentPort } = require('node:worker_threads')
const zlib = require('node:zlib')
parentPort.on('message', ({ id, data, quality }) => {
  const br = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } })
  const gz = zlib.gzipSync(data, { level: 9 })
  parentPort.postMessage({ id, br, gz })
})`

async function withWorkers(size: number) {
  const workers = Array.from({ length: size }, () => new Worker(workerSource, { eval: true }))
  const waiting = new Map<number, () => void>()
  for (const w of workers) w.on('message', ({ id }: { id: number }) => { waiting.get(id)!(); waiting.delete(id) })
  let id = 0
  const start = performance.now()
  const cpu = process.cpuUsage()
  await runBounded(workers.map((w, i) => ({ w, i })), size, async ({ w, i }) => {
    for (let n = i; n < pages.length; n += size) {
      const data = pages[n]!
      await new Promise<void>((resolve) => { const job = id++; waiting.set(job, resolve); w.postMessage({ id: job, data, quality: 5 }) })
    }
  })
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  await Promise.all(workers.map((w) => w.terminate()))
  return { ms, cpu: (used.user + used.system) / 1000 }
}

async function withZlib(concurrency: number) {
  const start = performance.now()
  const cpu = process.cpuUsage()
  await runBounded(pages, concurrency, async (data) => void (await compressTwins(data, 5, true)))
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000 }
}

const show = (label: string, r: { ms: number; cpu: number }) =>
  console.log(`${label}: ${count} pages in ${r.ms.toFixed(0)} ms wall (${(r.ms / count).toFixed(2)} ms/page), cpu ${r.cpu.toFixed(0)} ms, load ${loadavg()[0]!.toFixed(1)}`)

for (let round = 0; round < 2; round++) {
  for (const c of [1, 2, 4, 8]) show(`zlib async, ${c} in flight`, await withZlib(c))
  for (const w of [2, 3]) show(`worker_threads ×${w}, sync zlib`, await withWorkers(w))
}
