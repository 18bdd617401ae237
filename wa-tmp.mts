import { readFileSync, rmSync, mkdirSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { writeAlong } from '/work/main/cms/publishing/assemble/compress'
const src = execSync(`find /work/main/.e2e/dist/builds/ -name '*.html' | head -300`).toString().trim().split('\n').map((f) => readFileSync(f))
rmSync('/tmp/wa', { recursive: true, force: true }); mkdirSync('/tmp/wa')
const cpu = process.cpuUsage(); const t = performance.now()
const w = writeAlong('/tmp/wa')
for (let i = 0; i < 5000; i++) w.write(`p${i % 50}/x${i}/index.html`, src[i % src.length]!)
const t1 = performance.now()
const totals = await w.done()
const u = process.cpuUsage(cpu)
console.log('post', (t1 - t).toFixed(0), 'ms; done', (performance.now() - t).toFixed(0), 'ms; cpu', ((u.user + u.system) / 1000).toFixed(0), totals)
