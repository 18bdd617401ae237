import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Words for page bodies: varied enough that Brotli and gzip see text about as compressible as the real pages. */
const words = 'comune cittadini servizio ufficio anagrafe tributi scuola mobilità strada chiusura avviso allerta meteo sindaco giunta consiglio delibera bando concorso modulo richiesta certificato residenza orari sportello telefono indirizzo piazza via viale quartiere evento mostra teatro biblioteca museo porto spiaggia verde rifiuti raccolta differenziata tassa pagamento scadenza domanda contributo famiglie anziani giovani sport cultura turismo lavori pubblici manutenzione illuminazione parcheggio'.split(' ')

/** A deterministic pseudo-random generator, so two runs give the same bytes. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32)
}

/** A page of about `bytes` bytes shaped like a built page: the same head and menu on every page, then its own text. */
export function syntheticPage(n: number, bytes = 24_000): string {
  const next = random(n + 1)
  const head = `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Pagina ${n}</title><link rel="stylesheet" href="/_astro/BaseLayout.a1.css"><script type="module" src="/_astro/menu.b2.js"></script></head><body><header><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/sezione-${i}/">Sezione ${i}</a>`).join('')}</nav></header><main>`
  const parts = [head]
  let size = head.length
  while (size < bytes) {
    const sentence = `<p>${Array.from({ length: 12 + Math.floor(next() * 20) }, () => words[Math.floor(next() * words.length)]).join(' ')} ${Math.floor(next() * 100000)}.</p>`
    parts.push(sentence)
    size += sentence.length
  }
  parts.push('</main><footer>Comune di Brindisi</footer></body></html>')
  return parts.join('')
}

/**
 * A built site folder of `pages` pages for measurements: per page `x/index.html` with its `.br` (the twin
 * is a stand-in of the right size, not a real compression, since only the file count matters to cloning), about 100
 * assets under `_astro/`, and a pagefind-like folder.
 */
export async function writeSyntheticBuild(dir: string, pages: number, options: { pageBytes?: number; twins?: boolean } = {}): Promise<string[]> {
  const files: string[] = []
  const pending: Promise<void>[] = []
  const put = async (file: string, data: string | Buffer) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), data)
  }
  const flush = async () => {
    await Promise.all(pending)
    pending.length = 0
  }
  for (let n = 0; n < pages; n++) {
    const section = `sezione-${n % 40}`
    const file = `${section}/pagina-${n}/index.html`
    files.push(file)
    const html = syntheticPage(n, options.pageBytes)
    pending.push(put(file, html).then(async () => {
      if (options.twins === false) return
      await writeFile(path.join(dir, `${file}.br`), html.slice(0, html.length / 6))
    }))
    if (pending.length >= 64) await flush()
  }
  for (let n = 0; n < 100; n++) pending.push(put(`_astro/asset-${n}.${n % 2 ? 'js' : 'css'}`, syntheticPage(100_000 + n, 8_000)))
  for (let n = 0; n < 50; n++) pending.push(put(`pagefind/fragment/it_${n}.pf_fragment`, Buffer.alloc(2_000, n)))
  pending.push(put('pagefind/pagefind.js', syntheticPage(7, 30_000)))
  await flush()
  return files
}
