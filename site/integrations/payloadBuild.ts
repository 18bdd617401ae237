import { cpSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { closePayloadClient } from '../loaders/payloadClient'

/** Copies the editors' public uploads (mediaDir) into the built site, so dist/ is self-contained for a CDN. */
export function copyMediaIntoSite(mediaDir: string): AstroIntegration {
  return {
    name: 'sportello:media',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (existsSync(mediaDir)) cpSync(mediaDir, fileURLToPath(new URL('media/', dir)), { recursive: true })
      },
    },
  }
}

/** Releases the database connection opened by the content loaders when the build ends. */
export function closePayloadAfterBuild(): AstroIntegration {
  return { name: 'sportello:payload', hooks: { 'astro:build:done': () => closePayloadClient() } }
}
