import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

import { pathsRoute } from './cms/constants/liveStore.ts'
import { mediaDir } from './cms/env.ts'
import { loadCmsSettings } from './cms/settings/cmsSettings.ts'
import { sitemapOfIndexablePages } from './site/integrations/indexablePages.ts'
import { closePayloadAfterBuild, copyMediaIntoSite } from './site/integrations/payloadBuild.ts'
import { serviceWorker } from './site/integrations/serviceWorker.ts'
import { sitePostcssPlugins } from './site/styles/postcssPlugins.ts'
import { renderBundleMode } from './site/loaders/renderBundleMode.ts'

// The build's settings, parsed once when Astro loads this config.
const settings = loadCmsSettings()

// SPORTELLO_RENDER_BUNDLE=1 compiles the render bundle the publisher renders pages with (cms/publishing/render/):
// every route on request, content from the publisher's live store (site/lib/store.ts), no Payload at build time. The
// sitemap, media copy and service worker are then the publisher's own steps, run on the files it writes.
const compileOnly = renderBundleMode()

/** The route listing every path of the site for the renderer (site/routes/percorsi.json.ts). */
const pathsRouteIntegration = {
  name: 'sportello:paths-route',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => injectRoute({ pattern: pathsRoute, entrypoint: './site/routes/percorsi.json.ts', prerender: false }),
  },
}

/** In compile mode, every route is rendered on request: the renderer calls the bundle for each path it writes. */
const everyRouteOnDemand = {
  name: 'sportello:every-route-on-demand',
  hooks: {
    'astro:route:setup': ({ route }) => {
      route.prerender = false
    },
  },
}

export default defineConfig({
  // Public URL of the site: canonical links, sitemap and feeds are built from it.
  site: settings.publicUrl,
  srcDir: './site',
  publicDir: './site/public',
  outDir: settings.siteOut,
  // The publisher keeps one cache per site folder between builds (content store, incremental pages).
  cacheDir: settings.astroCacheDir,
  trailingSlash: 'always',
  output: 'static',
  // Pages are rendered whole, not streamed: the publisher writes files, and the on-demand pages are small; Astro's
  // streaming writer was the largest single cost of a full build's rendering (measured in README.md, Publishing).
  adapter: node({ mode: 'middleware', experimentalDisableStreaming: true }),
  // Publishing rebuilds often: pages whose data did not change are copied from the last build (site/lib/cacheKeys.ts).
  experimental: { incrementalBuild: true },
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  // One purged bootstrap-italia stylesheet for the whole site (see site/styles/).
  // assetsInlineLimit 0: islands ship as files, never inline scripts, so the CSP needs no 'unsafe-inline'.
  vite: { css: { postcss: { plugins: sitePostcssPlugins() } }, build: { assetsInlineLimit: 0 } },
  // The sitemap lists only pages that exist in the build and may be indexed (no preview, no noindex page).
  // The service worker (/sw.js) is written last, from the built offline page and manifest.
  integrations: compileOnly
    ? [pathsRouteIntegration, everyRouteOnDemand, serviceWorker()]
    : [pathsRouteIntegration, ...sitemapOfIndexablePages(), copyMediaIntoSite(mediaDir(settings.dataDir)), closePayloadAfterBuild(), serviceWorker()],
})
