// The Redis connection the shared limits count in (SPORTELLO_REDIS_URL): one per URL and process,
// set so that it never holds a request up. While Redis is unreachable or does not answer, every
// limit counts in the process's memory instead (cms/limits/sharedLimiter.ts); the connection keeps
// retrying, and says once in the log when Redis goes and once when it comes back.
import { Redis } from 'ioredis'

/**
 * How long a connection attempt and one command may take before the limit counts in memory instead,
 * and how often an idle connection is checked.
 */
const redisTimeouts = { connectMs: 1_000, commandMs: 500, heartbeatMs: 2_000 }

const connections = new Map<string, Redis>()

/** The process's connection to the Redis at `url`, opened on first use. */
export function redisConnection(url: string): Redis {
  let redis = connections.get(url)
  if (!redis) {
    redis = connect(url)
    connections.set(url, redis)
  }
  return redis
}

/** Closes every connection of the process (on shutdown, and between tests). */
export async function closeRedisConnections(): Promise<void> {
  const open = [...connections.values()]
  connections.clear()
  await Promise.all(open.map((redis) => {
    // Closed on purpose: not an outage to report.
    redis.removeAllListeners('close').removeAllListeners('error').on('error', () => {})
    return redis.quit().catch(() => redis.disconnect())
  }))
}

function connect(url: string): Redis {
  const redis = new Redis(url, {
    connectTimeout: redisTimeouts.connectMs,
    commandTimeout: redisTimeouts.commandMs,
    // Nothing waits for a connection: a command without one fails at once and the limit counts in memory.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Keep trying, at most every 2 seconds, so the limits are shared again as soon as Redis is back.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  })
  // The server only, never the URL: it may carry a password.
  const server = `${redis.options.host}:${redis.options.port}`
  let state: 'starting' | 'up' | 'down' = 'starting'
  const down = (why: string) => {
    if (state === 'down') return
    state = 'down'
    console.error(`[limiti] Redis (${server}) non raggiungibile (${why}): finché non torna, ogni processo conta i limiti per conto suo.`)
  }
  redis.on('ready', () => {
    if (state === 'down') console.error(`[limiti] Redis (${server}) di nuovo raggiungibile: i limiti sono di nuovo condivisi.`)
    state = 'up'
  })
  // Listening to 'error' also keeps ioredis from printing every failed attempt.
  redis.on('error', (error: NodeJS.ErrnoException) => down(error.code ?? error.message))
  redis.on('close', () => down('connessione chiusa'))
  // A Redis that keeps the connection but stops answering (overloaded, frozen, packets dropped) is as
  // good as gone: a ping finds it out, and reconnecting until it answers again brings back the limits
  // and the log line of its return.
  const heartbeat = setInterval(() => {
    if (redis.status !== 'ready') return
    redis.ping().catch(() => {
      down(`nessuna risposta entro ${redisTimeouts.commandMs} ms`)
      // Cut, not closed: a Redis that does not answer would not finish a polite close either.
      redis.stream.destroy()
    })
  }, redisTimeouts.heartbeatMs).unref()
  redis.on('end', () => clearInterval(heartbeat))
  return redis
}
