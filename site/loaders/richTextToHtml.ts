import escape from 'escape-html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML, LinkHTMLConverter, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

import { collectionPath, mediaPath, urlToSafeHref } from '../lib/urls'

type UploadValue = { alt?: string; filename?: string; mimeType?: string; width?: number; height?: number }


/** Internal links point at the linked document's public URL. */
function internalDocToHref({ linkNode }: { linkNode: { fields: { doc?: { relationTo: string; value: unknown } | null } } }): string {
  const doc = linkNode.fields.doc
  if (!doc || !doc.value || typeof doc.value !== 'object') return '#'
  const { slug, path } = doc.value as { slug?: unknown; path?: unknown }
  const key = typeof slug === 'string' ? slug : typeof path === 'string' ? path : undefined
  return key ? collectionPath(doc.relationTo, key) : '#'
}

/** Uploaded images inside text are served from the public media folder, lazily loaded. */
function uploadToHtml({ node }: { node: { value: unknown; fields?: { alt?: string } } }): string {
  if (!node.value || typeof node.value !== 'object') return ''
  const doc = node.value as UploadValue
  if (!doc.filename) return ''
  const src = escape(mediaPath(doc.filename))
  if (!doc.mimeType?.startsWith('image/')) return `<a href="${src}">${escape(doc.alt || doc.filename)}</a>`
  const size = doc.width && doc.height ? ` width="${doc.width}" height="${doc.height}"` : ''
  return `<img src="${src}" alt="${escape(node.fields?.alt || doc.alt || '')}"${size} loading="lazy" decoding="async">`
}

type LinkArgs = { node: { fields: { linkType?: string; url?: string | null }; children: unknown[] }; nodesToHTML: (args: { nodes: unknown[] }) => string[] }
type LinkConverter = (args: LinkArgs) => string

/** A custom link whose URL the CMS would refuse today (old data) keeps its text and loses the link. */
const unlessUnsafe = (convert: LinkConverter): LinkConverter => (args) =>
  args.node.fields.linkType === 'internal' || urlToSafeHref(args.node.fields.url) ? convert(args) : args.nodesToHTML({ nodes: args.node.children }).join('')

const links = LinkHTMLConverter({ internalDocToHref })
const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  autolink: unlessUnsafe(links.autolink as never) as never,
  link: unlessUnsafe(links.link as never) as never,
  upload: uploadToHtml as never,
})

/** Renders a Lexical rich-text value to HTML, or undefined when the field is empty. */
export function richTextToHtml(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || !('root' in value)) return undefined
  const html = convertLexicalToHTML({ data: value as SerializedEditorState, converters, disableContainer: true })
  return html.trim() === '' ? undefined : html
}
