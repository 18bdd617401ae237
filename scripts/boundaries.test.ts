// The rules of .dependency-cruiser.cjs (`npm run check:boundaries`), each shown catching a deliberately
// wrong import in a small tree written for the test, next to an import the same rule lets through.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { cruise, type ICruiseResult } from 'dependency-cruiser'
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options'
import { afterAll, describe, expect, it } from 'vitest'

import { rootDir } from '../cms/env'

const trees: string[] = []
afterAll(() => Promise.all(trees.map((tree) => rm(tree, { recursive: true, force: true }))))

/** Files of a tree: path from the repository root → source. */
type Tree = Record<string, string>

/** The violations the project's rule set finds in a tree, as "rule: from → to". */
async function violationsIn(files: Tree): Promise<string[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'confini-'))
  trees.push(root)
  // The real packages, so `hono` and `payload` resolve as they do in the repository.
  await symlink(path.join(rootDir, 'node_modules'), path.join(root, 'node_modules'), 'dir')
  for (const [file, source] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), source)
  }
  // The tree has no tsconfig.json; type-only imports are told apart without one.
  const { tsConfig: _, ...options } = await extractDepcruiseOptions(path.join(rootDir, '.dependency-cruiser.cjs'))
  const { output } = await cruise(['.'], { ...options, baseDir: root, outputType: 'json' })
  const result = JSON.parse(output as string) as ICruiseResult
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\/([^/]+).*$/, '$1')}`).sort()
}

/** The source of a module at `file` that imports each of `targets` (paths from the repository root, or package names). */
function importing(file: string, targets: string | string[], kind: 'value' | 'type' | 're-exported type' = 'value'): string {
  const specifierOf = (target: string) => {
    if (!target.includes('/') || target.startsWith('@')) return target
    const relative = path.relative(path.dirname(file), target).replace(/\.ts$/, '')
    return relative.startsWith('.') ? relative : `./${relative}`
  }
  return [targets].flat().map((target, i) => {
    const from = `'${specifierOf(target)}'`
    if (kind === 'type') return `import type { X as X${i} } from ${from}\nexport type Y${i} = X${i}\n`
    if (kind === 're-exported type') return `export type { X as X${i} } from ${from}\n`
    return `import { x as x${i} } from ${from}\nexport const y${i} = x${i}\n`
  }).join('')
}
const leaf = 'export const x = 1\nexport type X = number\n'

describe('no-circular', () => {
  it('reports two modules that import each other, also when one of the imports is of types only', async () => {
    expect(await violationsIn({ 'api/a.ts': importing('api/a.ts', 'api/b.ts'), 'api/b.ts': importing('api/b.ts', 'api/a.ts') })).toEqual(['no-circular: api/a.ts → api/b.ts'])
    expect(await violationsIn({ 'api/a.ts': importing('api/a.ts', 'api/b.ts'), 'api/b.ts': importing('api/b.ts', 'api/a.ts', 'type') })).toEqual(['no-circular: api/a.ts → api/b.ts'])
  })

  it('lets a chain without a loop through', async () => {
    expect(await violationsIn({ 'api/a.ts': importing('api/a.ts', 'api/b.ts'), 'api/b.ts': leaf })).toEqual([])
  })
})

describe('in api/, routes → services → data', () => {
  const layers: Tree = { 'api/routes/r.ts': leaf, 'api/services/s.ts': leaf, 'api/data/d.ts': leaf }

  it('reports the data layer importing a service or a route', async () => {
    expect(await violationsIn({ ...layers, 'api/data/wrong.ts': importing('api/data/wrong.ts', 'api/services/s.ts') })).toEqual(['api-data-imports-no-services-or-routes: api/data/wrong.ts → api/services/s.ts'])
    expect(await violationsIn({ ...layers, 'api/data/wrong.ts': importing('api/data/wrong.ts', 'api/routes/r.ts') })).toEqual(['api-data-imports-no-services-or-routes: api/data/wrong.ts → api/routes/r.ts'])
  })

  it('reports a service importing a route', async () => {
    expect(await violationsIn({ ...layers, 'api/services/wrong.ts': importing('api/services/wrong.ts', 'api/routes/r.ts') })).toEqual(['api-services-import-no-routes: api/services/wrong.ts → api/routes/r.ts'])
  })

  it('reports a route calling a store, but lets it name a store’s type and lets its tests set up data', async () => {
    expect(await violationsIn({ ...layers, 'api/routes/wrong.ts': importing('api/routes/wrong.ts', 'api/data/d.ts') })).toEqual(['api-routes-reach-data-through-services: api/routes/wrong.ts → api/data/d.ts'])
    expect(await violationsIn({
      ...layers, 'api/routes/typed.ts': importing('api/routes/typed.ts', 'api/data/d.ts', 'type'), 'api/routes/x.int.test.ts': importing('api/routes/x.int.test.ts', 'api/data/d.ts'),
      'api/routes/down.ts': importing('api/routes/down.ts', 'api/services/s.ts'), 'api/services/down.ts': importing('api/services/down.ts', 'api/data/d.ts'),
    })).toEqual([])
  })

  it('reports Hono imported by a service or by the data layer, not by a route', async () => {
    expect(await violationsIn({ 'api/services/wrong.ts': importing('api/services/wrong.ts', 'hono'), 'api/data/wrong.ts': importing('api/data/wrong.ts', '@hono/zod-openapi'), 'api/routes/right.ts': importing('api/routes/right.ts', 'hono') }))
      .toEqual(['api-no-hono-below-routes: api/data/wrong.ts → @hono', 'api-no-hono-below-routes: api/services/wrong.ts → hono'])
  })

  it('reports a service or a route using Payload for more than its types', async () => {
    expect(await violationsIn({
      'api/services/wrong.ts': importing('api/services/wrong.ts', 'payload'), 'api/routes/typed.ts': importing('api/routes/typed.ts', 'payload', 'type'), 'api/data/right.ts': importing('api/data/right.ts', 'payload'),
    })).toEqual(['api-storage-only-in-data: api/services/wrong.ts → payload'])
  })

  it('reports a service calling a cms/ helper that writes, which only the data layer may call', async () => {
    const writers: Tree = { 'cms/practices/recordPracticeEvent.ts': leaf, 'cms/payments/paymentTrail.ts': leaf }
    expect(await violationsIn({
      ...writers, 'api/services/wrong.ts': importing('api/services/wrong.ts', 'cms/practices/recordPracticeEvent.ts'), 'api/data/right.ts': importing('api/data/right.ts', 'cms/payments/paymentTrail.ts'),
    })).toEqual(['api-writes-through-data: api/services/wrong.ts → cms/practices/recordPracticeEvent.ts'])
  })

  it('reports api/ importing the site’s sources, except the preview', async () => {
    const loaders: Tree = { 'site/loaders/collections.ts': leaf }
    expect(await violationsIn({
      ...loaders, 'api/static/wrong.ts': importing('api/static/wrong.ts', 'site/loaders/collections.ts'), 'api/preview/renderPreview.ts': importing('api/preview/renderPreview.ts', 'site/loaders/collections.ts'),
    })).toEqual(['api-imports-site-only-for-preview: api/static/wrong.ts → site/loaders/collections.ts'])
  })
})

describe('cms/ and site/', () => {
  it('reports cms/ importing from api/ or site/', async () => {
    expect(await violationsIn({ 'api/x.ts': leaf, 'site/lib/y.ts': leaf, 'cms/a.ts': importing('cms/a.ts', 'api/x.ts'), 'cms/b.ts': importing('cms/b.ts', 'site/lib/y.ts') }))
      .toEqual(['cms-imports-no-api-or-site: cms/a.ts → api/x.ts', 'cms-imports-no-api-or-site: cms/b.ts → site/lib/y.ts'])
  })

  it('lets the publisher’s live content read the loaders’ mappings and schemas, and nothing else of the site', async () => {
    const file = 'cms/publishing/render/liveContent.ts'
    expect(await violationsIn({
      'site/loaders/collections.ts': leaf, 'site/loaders/schemas.ts': leaf, 'site/loaders/payloadClient.ts': leaf, 'site/lib/store.ts': leaf,
      [file]: importing(file, ['site/loaders/collections.ts', 'site/loaders/schemas.ts', 'site/loaders/payloadClient.ts', 'site/lib/store.ts']),
    })).toEqual([
      'cms-live-content-reads-only-loader-mappings: cms/publishing/render/liveContent.ts → site/lib/store.ts',
      'cms-live-content-reads-only-loader-mappings: cms/publishing/render/liveContent.ts → site/loaders/payloadClient.ts',
    ])
  })

  it('reports the site importing a value from cms/, but lets types, the vocabularies and the link check through', async () => {
    const cms: Tree = { 'cms/collections/News.ts': leaf, 'cms/payload-types.ts': leaf, 'cms/constants/newsKinds.ts': leaf, 'cms/fields/safeUrl.ts': leaf }
    expect(await violationsIn({ ...cms, 'site/lib/wrong.ts': importing('site/lib/wrong.ts', 'cms/collections/News.ts') })).toEqual(['site-imports-only-types-from-cms: site/lib/wrong.ts → cms/collections/News.ts'])
    expect(await violationsIn({
      ...cms, 'site/lib/types.ts': importing('site/lib/types.ts', 'cms/payload-types.ts', 'type'), 'site/lib/labels.ts': importing('site/lib/labels.ts', 'cms/constants/newsKinds.ts'),
      'site/lib/urls.ts': importing('site/lib/urls.ts', 'cms/fields/safeUrl.ts'), 'site/islands/types.ts': importing('site/islands/types.ts', 'cms/collections/News.ts', 're-exported type'),
    })).toEqual([])
  })

  it('lets the loader’s Payload client start Payload, and nothing else from cms/', async () => {
    const cms: Tree = { 'cms/payload.config.ts': leaf, 'cms/closePayload.ts': leaf, 'cms/collections/News.ts': leaf }
    const client = 'site/loaders/payloadClient.ts'
    expect(await violationsIn({ ...cms, [client]: importing(client, ['cms/payload.config.ts', 'cms/closePayload.ts']) })).toEqual([])
    expect(await violationsIn({ ...cms, [client]: importing(client, 'cms/collections/News.ts') })).toEqual([`site-loader-imports-only-payload-from-cms: ${client} → cms/collections/News.ts`])
    expect(await violationsIn({ ...cms, 'site/loaders/other.ts': importing('site/loaders/other.ts', 'cms/payload.config.ts') })).toEqual(['site-imports-only-types-from-cms: site/loaders/other.ts → cms/payload.config.ts'])
  })

  it('reports a vocabulary of cms/constants/ importing anything outside it', async () => {
    expect(await violationsIn({ 'cms/constants/newsKinds.ts': importing('cms/constants/newsKinds.ts', 'payload'), 'cms/constants/lifeEvents.ts': importing('cms/constants/lifeEvents.ts', 'cms/constants/topics.ts'), 'cms/constants/topics.ts': leaf }))
      .toEqual(['cms-constants-are-plain-data: cms/constants/newsKinds.ts → payload'])
  })
})

describe('scripts/', () => {
  it('reports any module importing a script, even another script', async () => {
    expect(await violationsIn({ 'scripts/seed.ts': leaf, 'bench/run.ts': importing('bench/run.ts', 'scripts/seed.ts'), 'scripts/start.ts': importing('scripts/start.ts', 'scripts/seed.ts') }))
      .toEqual(['nothing-imports-scripts: bench/run.ts → scripts/seed.ts', 'nothing-imports-scripts: scripts/start.ts → scripts/seed.ts'])
  })
})
