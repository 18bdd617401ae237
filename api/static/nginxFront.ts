import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { maxSocketPathBytes, type ApiConfig } from '../config'
import { nginxStandaloneConfig, nginxTempFolders, type NginxOptions, type Upstream } from './nginxConfig'

/** What nginx passes on at most: above every limit of the processes (the largest, a report with three photos, ~30 MB). */
export const proxyBodyLimit = 64 * 1024 * 1024

/** The public-server processes behind nginx on ports: process i listens on 127.0.0.1, port PORT + 10 + i. */
export const upstreamPortsOf = (port: number, processes: number) => Array.from({ length: processes }, (_, i) => port + 10 + i)

/**
 * The processes behind nginx on its own machine: process i on the Unix socket `<dir>/pubblico-<i>.sock` (a socket costs
 * less per request than loopback TCP: measured in README, *Figures*), or on port PORT + 10 + i where that path would be
 * longer than a socket's may be.
 */
export function sameMachineUpstreams(port: number, processes: number, dir: string): Upstream[] {
  return upstreamPortsOf(port, processes).map((upstreamPort, i) => {
    const socket = path.join(dir, `pubblico-${i + 1}.sock`)
    return Buffer.byteLength(socket) <= maxSocketPathBytes ? { socket } : { port: upstreamPort }
  })
}

/** The settings that make a public-server process listen where nginx looks for it. */
export const upstreamSettings = (upstream: Upstream): Record<string, string> =>
  'socket' in upstream ? { SPORTELLO_SOCKET: upstream.socket } : { PORT: String(upstream.port), HOST: '127.0.0.1' }

/**
 * nginx on the public server's address (PORT, HOST) in front of `upstreams` (by default `processes` processes on ports,
 * as processes on other machines are reached), for this deployment's settings.
 */
export function nginxOptionsOf(config: ApiConfig, processes: number, upstreams: Upstream[] = upstreamPortsOf(config.port, processes).map((port) => ({ port }))): Omit<NginxOptions, 'brotli'> {
  return {
    listen: { host: config.host, port: config.port },
    upstreams,
    siteDir: path.resolve(config.siteDir),
    publicUrl: config.publicUrl,
    maxBodyBytes: proxyBodyLimit,
  }
}

/**
 * nginx's whole configuration for `options` written to `<prefix>/nginx.conf`, with the folders of its temporary files;
 * returns the arguments that run it in the foreground on that prefix. `edit` lets a test change the text (its log
 * level, for a diagnosis). `npm start`, the benchmarks and the tests start nginx this way.
 */
export async function writeNginxConfig(options: Omit<NginxOptions, 'brotli'>, prefix: string, edit = (conf: string) => conf): Promise<string[]> {
  for (const dir of nginxTempFolders) mkdirSync(path.join(prefix, dir), { recursive: true })
  const file = path.join(prefix, 'nginx.conf')
  writeFileSync(file, edit(await nginxStandaloneConfig(options, prefix)))
  return ['-p', prefix, '-c', file, '-e', 'stderr']
}

/**
 * `npm start` with SPORTELLO_NGINX: the configuration of nginx written to `<data>/nginx/nginx.conf`, the command that
 * runs it in the foreground, and the settings of each public-server process behind it (its own Unix socket beside
 * nginx's files, or its own port on loopback; one more trusted proxy in front).
 */
export async function nginxFront(config: ApiConfig, front: { nginx: string; processes: number }, dataDir: string) {
  const dir = path.join(dataDir, 'nginx')
  const options = nginxOptionsOf(config, front.processes, sameMachineUpstreams(config.port, front.processes, dir))
  return {
    proxy: { command: front.nginx, args: await writeNginxConfig(options, dir) },
    upstreams: options.upstreams,
    publicServers: options.upstreams.map((upstream) => ({ ...upstreamSettings(upstream), SPORTELLO_TRUSTED_PROXIES: String(config.trustedProxies + 1) })),
  }
}
