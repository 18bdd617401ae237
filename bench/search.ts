/**
 * The site search index: a full index against a patch after one publication, at 5,000 and 20,000 pages.
 *
 *   tsx bench/search.ts [sizes…]     e.g. tsx bench/search.ts 5000 20000
 *
 * Each size gets a synthetic built site (cms/publishing/search/testCorpus.ts: pages shaped like the real ones,
 * kept under the system temp folder between runs). A patch is what a publication does: the next build is a
 * hard-link clone of the live one where one news page and three list pages (the home's latest, the news list, the
 * page's own list page) are written anew, then patchSearchIndex runs on it. Times are wall and CPU (user+system)
 * of this process; the calibration line (a fixed CPU loop) tells how busy the machine was, as other work on a shared
 * machine slows everything.
 */
import { existsSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { fragmentsPerFile, indexFolder, indexSiteFull, openSearch, patchSearchIndex } from '../cms/publishing/search/searchIndex'
import { detailCount, detailPage, linkClone, listNumberOf, listPage, writeCorpus, type CorpusPage } from '../cms/publishing/search/testCorpus'

const args = process.argv.slice(2)
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number)
if (sizes.length === 0) sizes.push(5000, 20000)
const root = path.join(tmpdir(), 'sportello-search-bench')
const patchRuns = 7

type Timing = { wall: number; cpu: number }
async function timed<T>(run: () => Promise<T>): Promise<Timing & { result: T }> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const result = await run()
  const used = process.cpuUsage(cpu)
  return { result, wall: Math.round(performance.now() - started), cpu: Math.round((used.user + used.system) / 1000) }
}

/** A fixed CPU loop: about 100 ms on an idle core of the reference machine; more means a busy machine. */
function calibration(): number {
  const started = performance.now()
  const map = new Map<string, number>()
  let sum = 0
  for (let i = 0; i < 1_000_000; i++) {
    const key = `w${i % 5000}`
    map.set(key, (map.get(key) ?? 0) + i)
    sum += map.size
  }
  if (sum < 0) console.log(sum)
  return Math.round(performance.now() - started)
}


function folderBytes(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { files, bytes }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const header = ['pagine', 'indice completo ms (CPU)', 'patch mediana ms (CPU)', 'patch peggiore ms', 'file scritti', 'indice: dimensione / file', `query «comune»: byte`]
const widths = [6, 24, 22, 17, 12, 24, 20]
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
console.log(`calibrazione (ciclo fisso, 100–150 ms su un core libero): ${calibration()} ms`)
for (const size of sizes) {
  const live = path.join(root, String(size))
  const complete = path.join(live, '.completo')
  if (!existsSync(complete)) {
    console.log(`${size} pagine: genero il sito di prova in ${live}…`)
    rmSync(live, { recursive: true, force: true })
    writeCorpus(live, size)
    writeFileSync(complete, '')
  }
  rmSync(path.join(live, indexFolder), { recursive: true, force: true })
  const full = await timed(() => indexSiteFull(live))
  const index = folderBytes(path.join(live, indexFolder))
  const patches: (Timing & { written: number })[] = []
  const details = detailCount(size)
  for (let run = 1; run <= patchRuns; run++) {
    const next = path.join(root, `${size}-next`)
    rmSync(next, { recursive: true, force: true })
    linkClone(live, next)
    const page = (run * 7919) % details
    const edited = detailPage({ page, edit: run })
    const rewrite = (p: CorpusPage) => {
      unlinkSync(path.join(next, p.file))
      writeFileSync(path.join(next, p.file), p.html)
    }
    rewrite(edited)
    const changed = [edited.file]
    for (const number of new Set([1, 2, listNumberOf(page)])) {
      const list = listPage(number, Array.from({ length: 10 }, (_, k) => ((number - 1) * 10 + k === page ? edited : detailPage({ page: ((number - 1) * 10 + k) % details }))))
      rewrite(list)
      changed.push(list.file)
    }
    const patch = await timed(() => patchSearchIndex(next, changed, []))
    if (patch.result.full) throw new Error('the patch fell back to a full index')
    patches.push({ wall: patch.wall, cpu: patch.cpu, written: patch.result.files.length })
  }
  // What a browser loads for a one-word query: the manifest, the word's term file in each block, ten result pages.
  const search = openSearch(live)
  const word = 'comune'
  const hits = await search.search(word)
  let queryBytes = statSync(path.join(live, indexFolder, 'indice.json')).size
  for (const block of readdirSync(path.join(live, indexFolder, 't'))) {
    const file = path.join(live, indexFolder, 't', block, 'com.json')
    if (existsSync(file)) queryBytes += statSync(file).size
  }
  // The fragment files holding the ten shown results (sixteen pages to a file: each loaded once).
  for (const n of new Set(hits.slice(0, 10).map((hit) => Math.floor(hit.id / fragmentsPerFile)))) queryBytes += statSync(path.join(live, indexFolder, 'p', `${n}.json`)).size
  if (size === sizes[0]) {
    console.log(line(header))
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  }
  console.log(line([
    String(size),
    `${full.wall} (${full.cpu})`,
    `${median(patches.map((p) => p.wall))} (${median(patches.map((p) => p.cpu))})`,
    `${Math.max(...patches.map((p) => p.wall))}`,
    String(median(patches.map((p) => p.written))),
    `${mb(index.bytes)} / ${index.files}`,
    `${(queryBytes / 1024).toFixed(0)} kB`,
  ]))
  rmSync(path.join(root, `${size}-next`), { recursive: true, force: true })
}

console.log(`calibrazione a fine prova: ${calibration()} ms`)
