import type { Channel } from './channel'

// SKELETON (issue 17): replaced by the io channel; until then it delivers nothing.
export const ioChannel: Channel = async () => ({ outcome: 'skipped', reason: 'canale non ancora attivo' })
