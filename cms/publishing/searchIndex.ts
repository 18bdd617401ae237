import { indexSiteFull } from './search/searchIndex'

/** Builds the search index of a built site into <siteDir>/ricerca (see ./search/searchIndex.ts). */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { pages } = await indexSiteFull(siteDir)
  return { pages }
}
