/**
 * The file steps of a publication (see README.md here): clone or catch up a build folder, write and remove pages
 * without touching the live build's inodes, precompress what changed, and rewrite the sitemap, the service worker and
 * the media copy.
 */
export { catchUpBuild, cloneBuild, type CloneMethod } from './clone'
export { brotliQualityOf, compressibleExtensions, minCompressBytes, precompressFiles, type CompressTotals } from './compress'
export { linkFileAtomic, removeEmptyFolders, removeFiles, writeFileAtomic, writeFileIfChanged } from './files'
export { removePages, writePages } from './pages'
export { syncMedia, type MediaSync } from './media'
export { offlinePath, readWorkerSource, workerBuildOf, workerSourceFile, writeServiceWorker, writeWorkerSource, type WorkerBuild, type WorkerSource } from './serviceWorker'
export { htmlIsIndexable, sitemapEntryLimit, writeSitemap, type SitemapFiles } from './sitemap'
