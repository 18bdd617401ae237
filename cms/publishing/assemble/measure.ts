// Measures the assembly steps on synthetic build folders (syntheticBuild.ts), printing wall time and this process's
// CPU time (the machine is shared: wall time moves with the load, CPU time much less; `cp` runs in a child, whose CPU
// is not counted here). Usage: `npx tsx cms/publishing/assemble/measure.ts <scratch dir> [pages...]`, e.g. 5000 20000.
import { existsSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { catchUpBuild, cloneBuild } from './clone'
import { precompressFiles } from './compress'
import { removeFiles, writeFileAtomic } from './files'
import { syncMedia } from './media'
import { writeSitemap } from './sitemap'
import { syntheticPage, writeSyntheticBuild } from './syntheticBuild'

const [base = '/tmp/sync-a-measure', ...sizes] = process.argv.slice(2)
const steps = new Set((process.env.STEPS ?? 'clone,catchup,compress,sitemap,media').split(','))

async function measure(label: string, fn: () => Promise<unknown>): Promise<void> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await fn()
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  console.log(`${label}: ${ms.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms cpu (node), load ${loadavg()[0]!.toFixed(1)}`)
}

for (const pages of (sizes.length ? sizes : ['5000', '20000']).map(Number)) {
  const live = path.join(base, `live-${pages}`)
  // Generated once and kept: writing 20,000 pages takes minutes on a loaded machine.
  if (!existsSync(path.join(live, '.complete'))) {
    await rm(live, { recursive: true, force: true })
    await writeSyntheticBuild(live, pages)
    await writeFile(path.join(live, '.complete'), '')
  }
  const files = Array.from({ length: pages }, (_, n) => `sezione-${n % 40}/pagina-${n}/index.html`)
  const changed = files.filter((_, n) => n % Math.floor(pages / 50) === 0).slice(0, 50)
  const next = path.join(base, `next-${pages}`)

  if (steps.has('clone')) {
    for (const method of ['cp', 'node', 'cp', 'node'] as const) {
      await measure(`${pages} pages: cloneBuild ${method} (${pages * 3 + 151} files)`, () => cloneBuild(live, next, { method }))
      await rm(next, { recursive: true, force: true })
    }
  }
  if (steps.has('catchup') || steps.has('compress')) await cloneBuild(live, next)
  if (steps.has('catchup')) {
    const standby = path.join(base, `standby-${pages}`)
    await cloneBuild(live, standby)
    for (const [n, file] of changed.entries()) await writeFileAtomic(path.join(next, file), syntheticPage(pages + n))
    await removeFiles(next, [files[1]!, files[2]!])
    await measure(`${pages} pages: catchUpBuild of 50 changed + 2 removed pages`, () => catchUpBuild(next, standby, [...changed, files[1]!, files[2]!]))
    await rm(standby, { recursive: true, force: true })
    await measure(`${pages} pages: removeFiles of 50 pages with twins`, () => removeFiles(next, changed))
    for (const [n, file] of changed.entries()) await writeFileAtomic(path.join(next, file), syntheticPage(pages + n))
  }
  if (steps.has('compress')) {
    await measure(`${pages} pages: precompressFiles of 50 pages (br 5, ~24 KB each)`, () => precompressFiles(next, changed))
    if (pages <= 5000 || process.env.FULL_COMPRESS) await measure(`${pages} pages: precompressFiles of every page (full build)`, () => precompressFiles(next, files))
  }
  if (steps.has('sitemap')) {
    const paths = files.map((file) => `/${path.dirname(file)}/`)
    const dir = path.join(base, `sitemap-${pages}`)
    await rm(dir, { recursive: true, force: true })
    await measure(`${pages} pages: writeSitemap, first write`, () => writeSitemap(dir, 'https://www.comune.brindisi.it', paths))
    await measure(`${pages} pages: writeSitemap, unchanged (compared, not written)`, () => writeSitemap(dir, 'https://www.comune.brindisi.it', paths))
    await measure(`${pages} pages: writeSitemap, one page added`, () => writeSitemap(dir, 'https://www.comune.brindisi.it', [...paths, '/notizie/nuova/']))
  }
  if (steps.has('media') && pages === Number(sizes.at(-1) ?? 20000)) {
    const media = path.join(base, 'media-uploads')
    const client = path.join(base, 'media-client')
    if (!existsSync(path.join(media, 'foto-999.jpg'))) for (let n = 0; n < 1000; n++) await writeFileAtomic(path.join(media, `foto-${n}.jpg`), Buffer.alloc(50_000, n))
    await rm(client, { recursive: true, force: true })
    await measure('1,000 uploads of 50 KB: syncMedia, first copy', () => syncMedia(media, client))
    await measure('1,000 uploads: syncMedia, nothing changed', () => syncMedia(media, client))
  }
  await rm(next, { recursive: true, force: true })
}
