import http from 'node:http'

import type { Upstream } from '../static/nginxConfig'

/** A GET straight to one public-server process (not through nginx), on its port or its Unix socket: status and body. */
export function getFrom(upstream: Upstream, urlPath: string): Promise<{ status: number; body: string }> {
  const where = 'socket' in upstream ? { socketPath: upstream.socket } : { host: '127.0.0.1', port: upstream.port }
  return new Promise((resolve, reject) => {
    http.get({ ...where, path: urlPath, agent: false }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).once('end', () => resolve({ status: res.statusCode!, body }))
    }).once('error', reject)
  })
}
