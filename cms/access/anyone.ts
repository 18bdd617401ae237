import type { Access } from 'payload'

/** Public reference data (topics, media) that holds nothing unpublished. */
export const anyone: Access = () => true
