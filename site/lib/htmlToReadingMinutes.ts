import { htmlToText } from './htmlToText'

/** Minutes an average reader (200 words a minute) needs for an HTML text; at least one. */
export function htmlToReadingMinutes(html: string): number {
  const words = htmlToText(html).split(' ').filter(Boolean).length
  return Math.max(1, Math.round(words / 200))
}
