// The publisher process: runs the jobs queue (site rebuilds after a publication, scheduled
// publishing). `npm start` launches it next to the public server and the admin.
import { getPayload } from 'payload'

import { closePayload } from '../cms/closePayload'
import config from '../cms/payload.config'
import { startPublisherLoop } from '../cms/publishing/publisherLoop'

const payload = await getPayload({ config })
const loop = startPublisherLoop(payload)
console.log('Pubblicazione automatica attiva: ogni modifica pubblicata aggiorna il sito.')

const stop = async (signal: string) => {
  console.log(`${signal}: attendo la fine della pubblicazione in corso`)
  await loop.stop()
  await closePayload(payload)
  process.exit(0)
}
process.once('SIGINT', () => void stop('SIGINT'))
process.once('SIGTERM', () => void stop('SIGTERM'))
