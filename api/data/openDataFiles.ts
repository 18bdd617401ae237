import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { isByYear, openDatasetPath, openDatasetYearPath, type OpenDatasetName } from '../../cms/constants/openDatasets'
import { openDataFile, openDataIndex, openDataItems, type AnyOpenDataItem, type OpenDataLicence } from '../contract/openData'

/** A dataset as the live build wrote it, with a version that names its content (the same on every server with the same build). */
export type BuiltDataset = { version: string; licence: OpenDataLicence; items: AnyOpenDataItem[] }

type Loaded<T> = { version: string; body: T }

/**
 * The open datasets of the live build (/dati-aperti/v1/<name>.json, and for the datasets written by year the yearly
 * files its index lists), each file read and checked against its schema once per content: a build that did not change
 * a file hard-links it from the previous build, so its inode, size and time name one content for good, and a news
 * publication costs the API one year's file, not the archive.
 */
export function builtDatasetStore(siteRoot: () => string) {
  const files = new Map<string, { seen: string; load: Promise<Loaded<unknown>> }>()
  const datasets = new Map<OpenDatasetName, { seen: string; dataset: BuiltDataset }>()

  /** A built file (path relative to the site's root) parsed with `parse`, or null when the build has not written it. */
  async function load<T>(root: string, relative: string, parse: (body: unknown) => T): Promise<Loaded<T> | null> {
    const file = path.join(root, relative)
    const stats = await stat(file).catch(() => null)
    if (!stats?.isFile()) return null
    const seen = `${stats.ino}|${stats.size}|${stats.mtimeMs}`
    let known = files.get(relative)
    if (known?.seen !== seen) {
      const loading = (async () => {
        const text = await readFile(file, 'utf8')
        // Built by our own pages: a mismatch is a bug of the build, reported as such rather than served.
        return { version: createHash('sha256').update(text).digest('base64url').slice(0, 22), body: parse(JSON.parse(text)) }
      })()
      files.set(relative, (known = { seen, load: loading }))
      // A failed read is not remembered: the next request tries again.
      loading.catch(() => files.get(relative)?.load === loading && files.delete(relative))
    }
    return (await known.load) as Loaded<T>
  }

  return {
    /** The dataset of the live build, or null while no build has written it. */
    async read(name: OpenDatasetName): Promise<BuiltDataset | null> {
      const root = siteRoot()
      const itemFile = openDataFile(openDataItems[name])
      if (!isByYear(name)) {
        const whole = await load(root, openDatasetPath(name), (body) => itemFile.parse(body))
        return whole && { version: whole.version, licence: whole.body.licence, items: whole.body.items as AnyOpenDataItem[] }
      }
      const index = await load(root, openDatasetPath(name), (body) => openDataIndex.parse(body))
      if (!index) return null
      const years = await Promise.all(index.body.years.map(async ({ year }) => {
        const file = await load(root, openDatasetYearPath(name, year), (body) => itemFile.parse(body))
        if (!file) throw new Error(`Dati aperti: ${openDatasetYearPath(name, year)} manca, ma l’indice lo elenca`)
        return file
      }))
      const seen = [index.version, ...years.map((y) => y.version)].join('|')
      const known = datasets.get(name)
      if (known?.seen === seen) return known.dataset
      const dataset = { version: createHash('sha256').update(seen).digest('base64url').slice(0, 22), licence: index.body.licence, items: years.flatMap((y) => y.body.items as AnyOpenDataItem[]) }
      datasets.set(name, { seen, dataset })
      return dataset
    },
  }
}

/** What the open data service reads. */
export type BuiltDatasetStore = ReturnType<typeof builtDatasetStore>
