import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { detailTypes, firstDetailPath, pageTypes } from './pages/pageTypes'

/** The W3C Nu HTML Checker (vnu-jar, run by the machine's Java): the validator.w3.org/nu checks, offline. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'))

type VnuMessage = { type: string; url?: string; lastLine?: number; message: string; extract?: string }

function runVnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    // Exit code 1 just means "errors found": the JSON report on stderr says which.
    execFile('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 32 * 1024 * 1024 }, (error, _stdout, stderr) => {
      try {
        resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages)
      } catch {
        reject(error ?? new Error(`vnu: ${stderr}`))
      }
    })
  })
}

test('one page of every type is valid HTML for the W3C Nu checker', async ({ request }) => {
  test.setTimeout(180_000)
  const urls = pageTypes.map(([, url]) => url)
  for (const [name, listUrl, pattern] of detailTypes) {
    const detail = await firstDetailPath(request, listUrl, pattern)
    expect(detail, `a link to a ${name} on ${listUrl}`).toBeTruthy()
    urls.push(detail!)
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'sportello-vnu-'))
  try {
    const files = new Map<string, string>()
    for (const [i, url] of urls.entries()) {
      const response = await request.get(url)
      expect(response.headers()['content-type'], url).toContain('text/html')
      const file = path.join(dir, `pagina-${i}.html`)
      writeFileSync(file, await response.body())
      files.set(file, url)
    }
    const messages = await runVnu([...files.keys()])
    const report = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${files.get(m.url ? decodeURIComponent(new URL(m.url).pathname) : '') ?? m.url}:${m.lastLine ?? '?'} ${m.message} ${m.extract ? `«${m.extract.trim()}»` : ''}`)
    expect(report).toEqual([])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
