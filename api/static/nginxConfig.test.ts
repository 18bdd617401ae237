import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { rootDir } from '../../cms/env'
import { exampleDeployment as example, nginxSiteConfig, nginxStandaloneConfig, onDemandPrefixes } from './nginxConfig'
const nginx = '/usr/sbin/nginx'
const folders: string[] = []
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

describe('the nginx configuration', () => {
  it('in the repository is what the generator gives for the example deployment (npm run nginx:config -- --example)', async () => {
    const committed = readFileSync(path.join(rootDir, 'deploy/nginx/sportello.conf'), 'utf8')
    expect(committed).toBe(await nginxSiteConfig({ ...example, brotli: true }))
  })

  it('sends the public server’s security headers with every static file, HSTS included on https', async () => {
    const config = await nginxSiteConfig({ ...example, brotli: true })
    for (const header of ['content-security-policy', 'x-frame-options "DENY"', 'strict-transport-security', 'x-content-type-options "nosniff"', 'cache-control "$sportello_cache_control"']) {
      expect(config).toContain(`add_header ${header}`)
    }
    expect(config).toContain('~^/_astro/ "public, max-age=31536000, immutable";')
    // The open data files, as the public server serves them: readable from any site's browser.
    expect(config).toMatch(/location \^~ \/dati-aperti\/v1\/ \{[^}]*add_header access-control-allow-origin "\*" always;/)
    expect(config).not.toContain('access_log /')
  })

  it('passes the API and every page rendered on request to the processes', async () => {
    const config = await nginxSiteConfig({ ...example, brotli: false })
    const proxied = /location ~ \^\(([^)]*)\)/.exec(config)![1]!.split('|')
    expect(proxied.map((p) => p.replace(/\\/g, ''))).toEqual(onDemandPrefixes)
    expect(onDemandPrefixes).toEqual(expect.arrayContaining(['/api/', '/prenotazione-appuntamento/', '/segnalazioni/', '/verifica-certificato/']))
    expect(config).not.toContain('brotli_static')
  })

  it.skipIf(!existsSync(nginx))('is accepted by Debian’s nginx (nginx -t)', async () => {
    const prefix = mkdtempSync(path.join(os.tmpdir(), 'nginx-'))
    folders.push(prefix)
    const file = path.join(prefix, 'nginx.conf')
    writeFileSync(file, await nginxStandaloneConfig({ ...example, listen: { host: '127.0.0.1', port: 3999 } }, prefix))
    expect(() => execFileSync(nginx, ['-t', '-p', prefix, '-c', file, '-e', 'stderr'], { stdio: 'pipe' })).not.toThrow()
  })
})
