import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

/** A received message: the envelope recipients and the raw RFC 822 source. */
export type ReceivedMail = { to: string[]; raw: Buffer }

/** A running local SMTP server: its port and how to stop it. */
export type DevMailServer = { port: number; close: () => Promise<void> }

/**
 * A local SMTP server for development, the demo and tests: it accepts every message on loopback
 * and keeps it (in a folder as .eml files, and/or handed to a callback). Never for production.
 */
export async function startDevMailServer(options: { port: number; folder?: string; onMail?: (mail: ReceivedMail) => void }): Promise<DevMailServer> {
  if (options.folder) mkdirSync(options.folder, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const mail = { to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) }
        if (options.folder) writeFileSync(path.join(options.folder, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.eml`), mail.raw)
        options.onMail?.(mail)
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  // A client that dies mid-conversation (a server killed on purpose by bench:kill) resets its
  // connection: that is the client's problem, never a reason for the mail server to crash.
  server.on('error', (error: NodeJS.ErrnoException) => console.warn(`[posta di prova] connessione interrotta: ${error.code ?? error.message}`))
  const address = server.server.address()
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
