import { createServer } from 'node:net'

/** A loopback TCP port free right now, for a server a test starts in another process. */
export const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number }
    probe.close(() => resolve(port))
  })
})
