// The import rules of DESIGN.md ("Boundaries"), checked by `npm run check:boundaries` and by the first
// step of `npm test`. Each rule has a test that breaks it on purpose (scripts/boundaries.test.ts).
// Paths are relative to the repository root. dependency-cruiser reads TypeScript, JavaScript and TSX;
// it cannot read the frontmatter of .astro files, so their imports are not checked here.

/** npm packages as dependency-cruiser names them: resolved into node_modules, or by name when unresolved. */
const npmPackage = (pattern) => `(^|/)node_modules/(${pattern})/|^(${pattern})(/|$)`

// The cms/ modules that write through Payload on behalf of whoever calls them: in api/ only the data layer calls them.
const cmsWriters = '^cms/(practices/(recordPracticeEvent|recordCitizenMessage|notifyCitizen)|payments/(paymentTrail|positionActions))\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules never import each other, directly or round a loop (type-only imports included): a loop is a missing module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'api-data-imports-no-services-or-routes',
      comment: 'In api/, routes → services → data: the data layer knows nothing above it.',
      severity: 'error',
      from: { path: '^api/data/' },
      to: { path: '^api/(services|routes)/' },
    },
    {
      name: 'api-services-import-no-routes',
      comment: 'In api/, routes → services → data: services know nothing of HTTP routes.',
      severity: 'error',
      from: { path: '^api/services/' },
      to: { path: '^api/routes/' },
    },
    {
      name: 'api-routes-reach-data-through-services',
      comment: 'Routes call services, which call stores; a route names a store only as a type, to be handed it. Tests set up data directly.',
      severity: 'error',
      from: { path: '^api/routes/', pathNot: '\\.test\\.ts$' },
      to: { path: '^api/data/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'api-no-hono-below-routes',
      comment: 'Services and data never import Hono: HTTP stays in routes and middleware.',
      severity: 'error',
      from: { path: '^api/(services|data)/' },
      to: { path: npmPackage('hono|@hono/[^/]+') },
    },
    {
      name: 'api-storage-only-in-data',
      comment: 'Only the data layer touches storage: services and routes use Payload for types, never to read or write. Tests set up data directly.',
      severity: 'error',
      from: { path: '^api/(services|routes)/', pathNot: '\\.test\\.ts$' },
      to: { path: npmPackage('payload|@payloadcms/[^/]+'), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'api-writes-through-data',
      comment: 'Every write of api/ goes through api/data/: the cms/ helpers that write through Payload are the data layer\'s to call.',
      severity: 'error',
      from: { path: '^api/', pathNot: '^api/data/' },
      to: { path: cmsWriters, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'api-imports-site-only-for-preview',
      comment:
        'api/ serves the built site and never imports its sources, with one exception: the preview renders a draft with the ' +
        'live build\'s page component, so it reads the entry through the same loader mappings and schemas as the build.',
      severity: 'error',
      from: { path: '^api/', pathNot: '^api/preview/renderPreview\\.ts$' },
      to: { path: '^site/' },
    },
    {
      name: 'cms-imports-no-api-or-site',
      comment: 'The CMS stands alone: it imports nothing from the public server or the site.',
      severity: 'error',
      from: { path: '^cms/' },
      to: { path: '^(api|site)/' },
    },
    {
      name: 'site-imports-only-types-from-cms',
      comment:
        'The site reads content through its loader; from cms/ it imports types, plus two kinds of plain values the CMS owns: ' +
        'the vocabularies of its select fields (cms/constants/, which import nothing) and the link check its fields validate with.',
      severity: 'error',
      from: { path: '^site/', pathNot: '^site/(loaders/payloadClient\\.ts|integrations/payloadBuild\\.ts|.+\\.int\\.test\\.ts)$' },
      to: { path: '^cms/', pathNot: ['^cms/constants/', '^cms/fields/safeUrl\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'site-loader-imports-only-payload-from-cms',
      comment:
        'The loader\'s Payload client (and the build integration that closes it and copies media from the data folder, and ' +
        'the loader\'s integration tests) may start Payload: its config, how to close it, the data folder, the test database.',
      severity: 'error',
      from: { path: '^site/(loaders/payloadClient\\.ts|integrations/payloadBuild\\.ts|.+\\.int\\.test\\.ts)$' },
      to: {
        path: '^cms/',
        pathNot: ['^cms/constants/', '^cms/(payload\\.config|closePayload|env)\\.ts$', '^cms/testing/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'cms-constants-are-plain-data',
      comment: 'cms/constants/ is what the site may import as values, so it imports nothing (no Payload, no config).',
      severity: 'error',
      from: { path: '^cms/constants/' },
      to: { pathNot: '^cms/constants/' },
    },
    {
      name: 'nothing-imports-scripts',
      comment: 'scripts/ holds entry points only: nothing imports them, not even another script.',
      severity: 'error',
      from: {},
      to: { path: '^scripts/' },
    },
  ],
  options: {
    // Type-only imports count (and are told apart), so "only types from cms/" can be checked.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-[^/]*|data|\\.astro|\\.e2e|\\.bench|\\.dev|test-results|playwright-report|bench/results)/|^cms/\\.next/' },
  },
}
