// The import rules of DESIGN.md ("Boundaries"), checked by `npm run check:boundaries` and by the first
// step of `npm test`. Each rule has a test that breaks it on purpose (scripts/boundaries.test.ts).
// Paths are relative to the repository root. dependency-cruiser reads TypeScript, JavaScript and TSX;
// it cannot read the frontmatter of .astro files, so their imports are not checked here.

/** npm packages as dependency-cruiser names them: resolved into node_modules, or by name when unresolved. */
const npmPackage = (pattern) => `(^|/)node_modules/(${pattern})/|^(${pattern})(/|$)`

// The cms/ modules that write through Payload on behalf of whoever calls them: in api/ only the data layer calls them.
const cmsWriters = '^cms/(practices/(recordPracticeEvent|recordCitizenMessage|notifyCitizen)|payments/(paymentTrail|positionActions))\\.ts$'

// The site files that may start Payload: the loader's client, the build integration that closes it and copies media
// from the data folder, and integration tests (which start a test database).
const siteStartsPayload = '^site/(loaders/payloadClient\\.ts|integrations/payloadBuild\\.ts|.+\\.int\\.test\\.ts)$'

// The site's build integrations, which may call the publisher's assembly step (cms/publishing/assemble/).
const siteBuildSteps = '^site/integrations/'

// What any site file may import from cms/ as values (see site-imports-only-types-from-cms).
const siteMayImportFromCms = ['^cms/constants/', '^cms/fields/safeUrl\\.ts$', '^cms/format/icsLines\\.ts$']

/** A rule every import keeps: no module matching `from` imports a module matching `to` (dependency-cruiser's terms). */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to })

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid('no-circular',
      'Modules never import each other, directly or round a loop (type-only imports included): a loop is a missing module.',
      {}, { circular: true }),

    forbid('api-data-imports-no-services-or-routes',
      'In api/, routes → services → data: the data layer knows nothing above it.',
      { path: '^api/data/' }, { path: '^api/(services|routes)/' }),
    forbid('api-services-import-no-routes',
      'In api/, routes → services → data: services know nothing of HTTP routes.',
      { path: '^api/services/' }, { path: '^api/routes/' }),
    forbid('api-routes-reach-data-through-services',
      'Routes call services, which call stores; a route names a store only as a type, to be handed it. Tests set up data directly.',
      { path: '^api/routes/', pathNot: '\\.test\\.ts$' }, { path: '^api/data/', dependencyTypesNot: ['type-only'] }),
    forbid('api-no-hono-below-routes',
      'Services and data never import Hono: HTTP stays in routes and middleware.',
      { path: '^api/(services|data)/' }, { path: npmPackage('hono|@hono/[^/]+') }),
    forbid('api-storage-only-in-data',
      'Only the data layer touches storage: services and routes use Payload for types, never to read or write. Tests set up data directly.',
      { path: '^api/(services|routes)/', pathNot: '\\.test\\.ts$' }, { path: npmPackage('payload|@payloadcms/[^/]+'), dependencyTypesNot: ['type-only'] }),
    forbid('api-writes-through-data',
      'Every write of api/ goes through api/data/: the cms/ helpers that write through Payload are the data layer\'s to call.',
      { path: '^api/', pathNot: '^api/data/' }, { path: cmsWriters, dependencyTypesNot: ['type-only'] }),
    forbid('api-imports-site-only-for-preview',
      'api/ serves the built site and never imports its sources, with one exception: the preview (api/preview/renderPreview.ts) ' +
        'renders a draft with the live build\'s page component, so it reads the entry through the loader\'s own mappings and schemas.',
      { path: '^api/', pathNot: '^api/preview/renderPreview\\.ts$' }, { path: '^site/' }),

    forbid('cms-imports-no-api-or-site',
      'The CMS stands alone: it imports nothing from the public server or the site, with one exception: the publisher\'s ' +
        'live content (cms/publishing/render/liveContent.ts) gives the pages the entries the content loaders would, so it ' +
        'reads documents through the loaders\' own mappings and schemas (site/loaders/, never the module that starts Payload).',
      { path: '^cms/', pathNot: '^cms/publishing/render/liveContent\\.ts$' }, { path: '^(api|site)/' }),
    forbid('cms-live-content-reads-only-loader-mappings',
      'The publisher\'s live content imports from the site only the loaders\' mappings, schemas and what they use.',
      { path: '^cms/publishing/render/liveContent\\.ts$' },
      { path: '^(api|site)/', pathNot: '^site/(loaders/(collections|schemas|mapping|calendarEntries|fieldMappers|richTextToHtml)\\.ts|lib/urls\\.ts)$' }),
    forbid('site-imports-only-types-from-cms',
      'The site reads content through its loader; from cms/ it imports types, plus plain values the CMS owns: ' +
        'the vocabularies of its select fields (cms/constants/, which import nothing), the link check its fields validate with ' +
        'and the folding of calendar lines (cms/format/icsLines.ts, which imports nothing).',
      { path: '^site/', pathNot: [siteStartsPayload, siteBuildSteps] },
      { path: '^cms/', pathNot: siteMayImportFromCms, dependencyTypesNot: ['type-only'] }),
    forbid('site-build-steps-import-the-assembly-from-cms',
      'The build integrations (Node code astro build runs, never shipped to a browser) write sw.js with the publisher\'s own ' +
        'assembly step (cms/publishing/assemble/), so a full build and an incremental publication write the same bytes; ' +
        'otherwise they import from cms/ what the rest of the site may.',
      { path: siteBuildSteps, pathNot: siteStartsPayload },
      { path: '^cms/', pathNot: [...siteMayImportFromCms, '^cms/publishing/assemble/'], dependencyTypesNot: ['type-only'] }),
    forbid('site-loader-imports-only-payload-from-cms',
      'Where the site starts Payload it takes from cms/ the config, how to close it, the data folder and the test database.',
      { path: siteStartsPayload },
      { path: '^cms/', pathNot: ['^cms/constants/', '^cms/(payload\\.config|closePayload|env)\\.ts$', '^cms/testing/'], dependencyTypesNot: ['type-only'] }),
    forbid('cms-constants-are-plain-data',
      'cms/constants/ is what the site may import as values, so it imports nothing (no Payload, no config).',
      { path: '^cms/constants/' }, { pathNot: '^cms/constants/' }),

    forbid('nothing-imports-scripts',
      'scripts/ holds entry points only: nothing imports them, not even another script.',
      {}, { path: '^scripts/' }),
  ],
  options: {
    // Type-only imports count (and are told apart), so "only types from cms/" can be checked.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Packages are named as imports but not read; generated and built folders are not sources.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-[^/]*|data|\\.astro|\\.e2e|\\.bench|\\.compiled-site|\\.dev|test-results|playwright-report|bench/results)/|^cms/\\.next/' },
  },
}
