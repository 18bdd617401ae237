import type { Access } from 'payload'

/** Records only the public API writes and reads, through services that check ownership themselves. */
export const nobody: Access = () => false
