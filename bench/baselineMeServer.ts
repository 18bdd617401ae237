// The yardstick for GET /api/me: a bare node:http handler doing the same work as the public server
// (cookie → session lookup and check → citizen → profile JSON) with the same data layer, and nothing else.
import http from 'node:http'

import { getPayload } from 'payload'

import { validateSessionToken } from '../api/auth/sessions'
import { citizenStore } from '../api/data/citizens'
import { sessionStore } from '../api/data/sessions'
import { citizenToProfile } from '../api/services/citizens'
import config from '../cms/payload.config'

const port = Number(process.argv[2] ?? 3298)
const payload = await getPayload({ config })
const sessions = sessionStore(payload)
const citizens = citizenStore(payload)

http.createServer(async (req, res) => {
  if (req.url === '/api/health') return void res.writeHead(200).end('ok')
  const token = /(?:^|; )sportello_sessione=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
  const session = token ? await validateSessionToken(sessions, token) : null
  const citizen = session ? await citizens.findById(session.citizenId) : null
  if (!citizen) return void res.writeHead(401).end()
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' })
  res.end(JSON.stringify(citizenToProfile(citizen)))
}).listen(port, '127.0.0.1')
