import type { Channel } from './channel'

// SKELETON (issue 17): replaced by the push channel; until then it delivers nothing.
export const pushChannel: Channel = async () => ({ outcome: 'skipped', reason: 'canale non ancora attivo' })
