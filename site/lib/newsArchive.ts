import type { CollectionEntry } from 'astro:content'

import { newsNewestFirst } from './content'
import { derived } from './store'

/**
 * The news lists, laid out so that publishing one item rewrites a fixed number of pages whatever the archive's size:
 * /notizie/ shows the newest items, and the archive (/notizie/archivio/<n>/) is numbered from the OLDEST item, so page
 * n always holds the same items (the (n-1)·size-th to the n·size-th ever published). A new item changes /notizie/ and
 * the newest archive page (or opens a new one, whose predecessor then gains its "more recent" link); nothing else.
 * Pages link only to their neighbours, never to every page, so no page shows the archive's size.
 */
export const newsPerPage = 10

/** The URL of archive page n (1 = oldest). */
export function newsArchivePath(n: number): string {
  return `/notizie/archivio/${n}/`
}

/** One page of a news list, in the shape the list component renders (newest first within the page). */
export type NewsListPage = {
  data: CollectionEntry<'news'>[]
  /** Archive page number, or undefined for /notizie/ (the latest). */
  currentPage?: number
  /** The page of the items just after (more recent): an archive page, or /notizie/ after the newest archive page. */
  newer?: string
  /** The page of the items just before (older). */
  older?: string
}

/** How many archive pages `count` items fill. */
export function archivePageCount(count: number): number {
  return Math.ceil(count / newsPerPage)
}

/** The archive page numbers, from the oldest: what the static build writes and the renderer lists. */
export async function newsArchivePages(): Promise<number[]> {
  const count = archivePageCount((await newsNewestFirst()).length)
  return Array.from({ length: count }, (_, i) => i + 1)
}

/** /notizie/: the newest items, and a link to the archive page holding the first item not shown. */
export async function latestNewsPage(): Promise<NewsListPage> {
  const news = await newsNewestFirst()
  const older = news.length > newsPerPage ? newsArchivePath(Math.floor((news.length - newsPerPage - 1) / newsPerPage) + 1) : undefined
  return { data: news.slice(0, newsPerPage), older }
}

/**
 * Archive page `param` ("3") from the route's params, or undefined when there is no such page (the route answers 404).
 * Only the canonical form of an existing page number is a page: "03", "0" or "4" of three pages are not.
 */
export async function newsArchivePage(param: string | undefined): Promise<NewsListPage | undefined> {
  return archivePage(String(param))
}

// The page shows this value whole: it depends on its own slice of the archive, not on every news item.
const archivePage = derived('news-archive', async (param: string): Promise<NewsListPage | undefined> => {
  const n = Number(param)
  if (!Number.isInteger(n) || n < 1 || String(n) !== param) return undefined
  const news = await newsNewestFirst()
  const last = archivePageCount(news.length)
  if (n > last) return undefined
  return {
    // The (n-1)·size-th to the n·size-th item from the oldest, newest first.
    data: news.slice(Math.max(0, news.length - n * newsPerPage), news.length - (n - 1) * newsPerPage),
    currentPage: n,
    newer: n < last ? newsArchivePath(n + 1) : '/notizie/',
    older: n > 1 ? newsArchivePath(n - 1) : undefined,
  }
})
