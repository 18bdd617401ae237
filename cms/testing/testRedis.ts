import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import net from 'node:net'

import type { Redis } from 'ioredis'

import { closeRedisConnections, redisConnection } from '../limits/redis'

/**
 * The Redis server the tests use (shared with other test runs on the machine, so each run keeps to
 * keys of its own: testLimitPrefix). Read straight from the environment, like testPostgresUrl.
 */
export function testRedisUrl(): string {
  return process.env.SPORTELLO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
}

/** A key prefix for one test run: runs sharing the server never count each other's requests. */
export function testLimitPrefix(): string {
  return `sportello-test:${randomBytes(6).toString('hex')}:`
}

/** Resolves once the connection can take commands (before that, limits count in memory). */
export async function connectionReady(redis: Redis): Promise<void> {
  if (redis.status !== 'ready') await once(redis, 'ready')
}

/** Deletes the keys a test run made under `prefix`. */
export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  const keys = await redis.keys(`${prefix}*`)
  if (keys.length) await redis.del(...keys)
}

/** At the end of a run: deletes its keys, closes the connections, and returns the keys it had made (to check their names). */
export async function removeRunKeys(prefix: string): Promise<string[]> {
  const redis = redisConnection(testRedisUrl())
  await connectionReady(redis)
  const keys = await redis.keys(`${prefix}*`)
  await deleteKeys(redis, prefix)
  await closeRedisConnections()
  return keys
}

/**
 * A TCP relay in front of the test Redis, to take "Redis" away and bring it back without touching
 * the server other runs use: `stop` closes the port and cuts every connection, `start` opens the
 * same port again; `hold` keeps the connections open but loses whatever is sent (a Redis that
 * stopped answering), `release` passes it on again.
 */
export async function startRedisRelay(target = new URL(testRedisUrl())) {
  const sockets = new Set<net.Socket>()
  let server: net.Server | null = null
  let port = 0
  let held = false
  const start = async () => {
    server = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 6379), target.hostname)
      for (const socket of [client, upstream]) {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket)).on('error', () => {})
      }
      client.on('data', (chunk) => {
        if (!held) upstream.write(chunk)
      })
      upstream.pipe(client)
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
    })
    server.listen(port, '127.0.0.1')
    await once(server, 'listening')
    port = (server.address() as net.AddressInfo).port
  }
  const stop = async () => {
    const closed = server ? new Promise((resolve) => server!.close(resolve)) : null
    for (const socket of sockets) socket.destroy()
    await closed
    server = null
  }
  await start()
  return {
    url: () => `redis://127.0.0.1:${port}`, start, stop,
    hold: () => void (held = true),
    release: () => void (held = false),
  }
}

/**
 * A Redis server of the test's own on `port` (the shared one must never stop), empty and keeping
 * nothing on disk: `kill` ends it as a crash would (SIGKILL), `start` starts a new one on the same
 * port, empty again.
 */
export async function startOwnRedis(port: number) {
  let server: ChildProcess | null = null
  const start = async () => {
    const started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] })
    server = started
    let output = ''
    await new Promise<void>((resolve, reject) => {
      started.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('Ready to accept connections')) resolve()
      })
      started.once('exit', (code) => reject(new Error(`redis-server ended (${code}) before it was ready:\n${output}`)))
      started.once('error', reject)
    })
    started.stdout!.resume()
  }
  const kill = async () => {
    const running = server
    server = null
    if (!running || running.exitCode !== null || running.signalCode !== null) return
    const ended = once(running, 'exit')
    running.kill('SIGKILL')
    await ended
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, start, kill }
}
