import { lstatSync, unlinkSync } from 'node:fs'
import { connect } from 'node:net'

/**
 * Makes `socketPath` free to listen on: a socket file left by a process that was killed (nothing answers on it) is
 * removed; a live one (another process serves it) or a file that is not a socket stops the start with an Italian
 * message, so two servers never share a socket and nothing else is ever deleted.
 */
export async function freeUnixSocket(socketPath: string): Promise<void> {
  let stat
  try {
    stat = lstatSync(socketPath)
  } catch {
    return
  }
  if (!stat.isSocket()) throw new Error(`SPORTELLO_SOCKET: ${socketPath} esiste e non è un socket; scegli un altro percorso.`)
  const live = await new Promise<boolean>((resolve) => {
    const probe = connect({ path: socketPath })
    probe.once('connect', () => {
      probe.destroy()
      resolve(true)
    })
    probe.once('error', () => resolve(false))
  })
  if (live) throw new Error(`SPORTELLO_SOCKET: un altro processo è già in ascolto su ${socketPath}.`)
  unlinkSync(socketPath)
}
