import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { rootDir } from '../../cms/env'
import { exampleDeployment as example, nginxSiteConfig, nginxStandaloneConfig, onDemandPrefixes } from './nginxConfig'
import { sameMachineUpstreams, upstreamSettings } from './nginxFront'
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

  it('reaches processes on ports or, on its own machine, on Unix sockets (npm start puts each on one beside nginx’s files)', async () => {
    expect(await nginxSiteConfig({ ...example, brotli: false })).toMatch(/upstream sportello_public \{[^}]*server 127\.0\.0\.1:3010 max_fails=0;\n\s*server 127\.0\.0\.1:3011 max_fails=0;/)
    const upstreams = sameMachineUpstreams(3000, 2, '/srv/sportello/data/nginx')
    expect(upstreams).toEqual([{ socket: '/srv/sportello/data/nginx/pubblico-1.sock' }, { socket: '/srv/sportello/data/nginx/pubblico-2.sock' }])
    expect(upstreams.map(upstreamSettings)).toEqual([{ SPORTELLO_SOCKET: '/srv/sportello/data/nginx/pubblico-1.sock' }, { SPORTELLO_SOCKET: '/srv/sportello/data/nginx/pubblico-2.sock' }])
    const config = await nginxSiteConfig({ ...example, upstreams, brotli: false })
    expect(config).toContain('server unix:/srv/sportello/data/nginx/pubblico-1.sock max_fails=0;')
    expect(config).not.toContain('server 127.0.0.1:')
    // A data folder too deep for a socket's path: ports, PORT + 10 and on, as before.
    const deep = `/${'cartella/'.repeat(12)}nginx`
    expect(sameMachineUpstreams(3000, 2, deep)).toEqual([{ port: 3010 }, { port: 3011 }])
    expect(sameMachineUpstreams(3000, 2, deep).map(upstreamSettings)).toEqual([{ PORT: '3010', HOST: '127.0.0.1' }, { PORT: '3011', HOST: '127.0.0.1' }])
  })

  it.skipIf(!existsSync(nginx))('is accepted by Debian’s nginx (nginx -t), with ports and with sockets', async () => {
    const prefix = mkdtempSync(path.join(os.tmpdir(), 'nginx-'))
    folders.push(prefix)
    const file = path.join(prefix, 'nginx.conf')
    for (const upstreams of [example.upstreams, sameMachineUpstreams(3999, 2, prefix)]) {
      writeFileSync(file, await nginxStandaloneConfig({ ...example, upstreams, listen: { host: '127.0.0.1', port: 3999 } }, prefix))
      expect(() => execFileSync(nginx, ['-t', '-p', prefix, '-c', file, '-e', 'stderr'], { stdio: 'pipe' })).not.toThrow()
    }
  })
})
