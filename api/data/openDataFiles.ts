import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { openDatasetPath, type OpenDatasetName } from '../../cms/constants/openDatasets'
import { openDataFile, openDataItems, type AnyOpenDataItem, type OpenDataLicence } from '../contract/openData'

/** A dataset as the live build wrote it, with a version that names its content (the same on every server with the same build). */
export type BuiltDataset = { version: string; licence: OpenDataLicence; items: AnyOpenDataItem[] }

/**
 * The open datasets of the live build (/dati-aperti/v1/<name>.json), each read and checked against its schema once
 * per file: a new build goes to a new folder, so a file's path, size and time name one content for good.
 */
export function builtDatasetStore(siteRoot: () => string) {
  const loaded = new Map<OpenDatasetName, Promise<BuiltDataset>>()
  const versions = new Map<OpenDatasetName, string>()
  return {
    /** The dataset of the live build, or null while no build has written it. */
    async read(name: OpenDatasetName): Promise<BuiltDataset | null> {
      const file = path.join(siteRoot(), openDatasetPath(name))
      const stats = await stat(file).catch(() => null)
      if (!stats?.isFile()) return null
      const seen = `${file}|${stats.size}|${stats.mtimeMs}`
      if (versions.get(name) !== seen) {
        const load = parse(name, file)
        versions.set(name, seen)
        loaded.set(name, load)
        // A failed read is not remembered: the next request tries again.
        load.catch(() => loaded.get(name) === load && (versions.delete(name), loaded.delete(name)))
      }
      return loaded.get(name)!
    },
  }
}

/** What the open data service reads. */
export type BuiltDatasetStore = ReturnType<typeof builtDatasetStore>

async function parse(name: OpenDatasetName, file: string): Promise<BuiltDataset> {
  const text = await readFile(file, 'utf8')
  const version = createHash('sha256').update(text).digest('base64url').slice(0, 22)
  const body: unknown = JSON.parse(text)
  // Built by our own pages: a mismatch is a bug of the build, reported as such rather than served.
  const { licence, items } = openDataFile(openDataItems[name]).parse(body)
  return { version, licence, items }
}
