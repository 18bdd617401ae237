import node from '@astrojs/node'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { closePayloadAfterBuild, copyMediaIntoSite } from './site/integrations/payloadBuild.ts'
import { sitePostcssPlugins } from './site/styles/postcssPlugins.ts'

/** Public URL of the site: canonical links, sitemap and feeds are built from it. */
const site = process.env.SPORTELLO_PUBLIC_URL ?? 'http://localhost:3000'

export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SPORTELLO_SITE_OUT ?? './dist',
  // The publisher keeps one cache per site folder between builds (content store, incremental pages).
  cacheDir: process.env.SPORTELLO_ASTRO_CACHE ?? './.astro/cache',
  trailingSlash: 'always',
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  // Publishing rebuilds often: pages whose data did not change are copied from the last build (site/lib/cacheKeys.ts).
  experimental: { incrementalBuild: true },
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  i18n: { locales: ['it', 'en'], defaultLocale: 'it', routing: { prefixDefaultLocale: false } },
  // One purged bootstrap-italia stylesheet for the whole site (see site/styles/).
  // assetsInlineLimit 0: islands ship as files, never inline scripts, so the CSP needs no 'unsafe-inline'.
  vite: { css: { postcss: { plugins: sitePostcssPlugins() } }, build: { assetsInlineLimit: 0 } },
  integrations: [sitemap({ filter: (page) => !page.includes('/area-personale/') && !page.includes('/grazie-per-il-feedback/') }), copyMediaIntoSite(), closePayloadAfterBuild()],
})
