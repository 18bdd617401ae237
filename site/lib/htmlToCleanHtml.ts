/**
 * Editor HTML made safe for a strict Content-Security-Policy and valid: no inline style attributes,
 * no empty class attributes, no list-item values (numbering comes from the list itself).
 */
export function htmlToCleanHtml(html: string): string {
  return html
    .replace(/\s+style="[^"]*"/g, '')
    .replace(/\s+class=""/g, '')
    .replace(/(<li\b[^>]*?)\s+value="\d+"/g, '$1')
    .replace(/<(\w+)\s+>/g, '<$1>')
}
