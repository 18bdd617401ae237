import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { it } from '../i18n/it'
import { getSettings, newsByDate } from '../lib/content'

/** RSS feed of the latest news, announced in every page's head. */
export const GET: APIRoute = async ({ site }) => {
  const [settings, news] = await Promise.all([getSettings(), newsByDate()])
  return rss({
    title: it.news.feedTitle(settings.name),
    description: it.news.feedDescription(settings.name),
    site: site ?? 'http://localhost:3000',
    customData: '<language>it-it</language>',
    items: news.slice(0, 30).map((n) => ({
      title: n.data.title,
      description: n.data.summary,
      pubDate: n.data.publishedAt,
      link: `/notizie/${n.id}/`,
      categories: n.data.topics.map((t) => t.title),
    })),
  })
}
