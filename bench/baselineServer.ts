// The yardstick for the public server: a bare node:http static server doing the least possible
// work — files held in memory after the first read, the Brotli twin when accepted, a JSON health.
import { readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const root = path.resolve(process.argv[2] ?? 'dist/client')
const port = Number(process.argv[3] ?? 3299)
const cache = new Map<string, Buffer | null>()

const read = (file: string) => {
  if (!cache.has(file)) {
    try {
      cache.set(file, statSync(file).isFile() ? readFileSync(file) : null)
    } catch {
      cache.set(file, null)
    }
  }
  return cache.get(file)!
}

http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (url.pathname === '/api/health') {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ status: 'ok', database: 'ok', uptimeSeconds: Math.round(process.uptime()) }))
    return
  }
  const file = path.join(root, url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname)
  const br = req.headers['accept-encoding']?.includes('br') ? read(`${file}.br`) : null
  const body = br ?? read(file)
  if (!body) {
    res.writeHead(404).end('Not found')
    return
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, ...(br ? { 'Content-Encoding': 'br' } : {}) })
  res.end(body)
}).listen(port, '127.0.0.1', () => console.log(`baseline on ${port}`))
