/**
 * Editor HTML ready for the page: no inline style attributes (strict Content-Security-Policy), no
 * empty class attributes or list-item values (valid HTML), and headings shifted so the highest one
 * sits at `topLevel`, keeping the page's heading order whatever level the editor started from.
 */
export function htmlToCleanHtml(html: string, topLevel = 2): string {
  const cleaned = html
    .replace(/\s+style="[^"]*"/g, '')
    .replace(/\s+class=""/g, '')
    .replace(/(<li\b[^>]*?)\s+value="\d+"/g, '$1')
    .replace(/<(\w+)\s+>/g, '<$1>')
  const levels = [...cleaned.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]))
  if (levels.length === 0) return cleaned
  const shift = topLevel - Math.min(...levels)
  return cleaned.replace(/<(\/?)h([1-6])\b/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`)
}
