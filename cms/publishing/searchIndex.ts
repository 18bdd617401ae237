import * as pagefind from 'pagefind'

/** Builds the Pagefind search index of a built site into <siteDir>/pagefind. */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'it' })
  if (!index) throw new Error(`Pagefind non è partito: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: siteDir })
    if (added.errors.length) throw new Error(`Indicizzazione non riuscita: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` })
    if (written.errors.length) throw new Error(`Scrittura dell'indice non riuscita: ${written.errors.join('; ')}`)
    return { pages: added.page_count }
  } finally {
    await pagefind.close()
  }
}
