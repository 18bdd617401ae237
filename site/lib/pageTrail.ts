import { getEntry } from './store'

import type { Crumb } from './navigation'

/** The breadcrumbs of an institutional page: one step per published ancestor path, then the page itself. */
export async function pageTrail(path: string, title: string): Promise<Crumb[]> {
  const parts = path.split('/')
  const ancestors: Crumb[] = []
  for (let i = 1; i < parts.length; i++) {
    const ancestor = parts.slice(0, i).join('/')
    const entry = await getEntry('pages', ancestor)
    if (entry) ancestors.push({ label: entry.data.title, href: `/${ancestor}/` })
  }
  return [...ancestors, { label: title }]
}
