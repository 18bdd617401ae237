import { fileURLToPath } from 'node:url'

import purgecss from '@fullhuman/postcss-purgecss'
import type { AcceptedPlugin } from 'postcss'

/** site/, whatever folder the build is started from. */
const siteDir = fileURLToPath(new URL('../', import.meta.url))

/** Tags that editors' rich text (Lexical → HTML) can produce: their rules must survive purging. */
const richTextTags = [
  'html', 'body', 'p', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's',
  'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'code', 'pre', 'hr',
  'br', 'sub', 'sup', 'span', 'dl', 'dt', 'dd', 'abbr', 'mark', 'small',
]

/**
 * The site ships one stylesheet: bootstrap-italia with every rule no page can use removed.
 * Class names are found in the sources (components write them literally) and in the tiny public scripts.
 */
export function sitePostcssPlugins(): AcceptedPlugin[] {
  return [
    purgecss({
      content: [`${siteDir}**/*.astro`, `${siteDir}**/*.ts`, `${siteDir}public/scripts/*.js`],
      defaultExtractor: (content: string) => content.match(/[\w-/:%.]+(?<!:)/g) ?? [],
      safelist: {
        standard: [...richTextTags, /^:root$/],
        // Leaflet (the reports' map island) writes its classes at run time, in its own code.
        greedy: [/leaflet/],
        variables: ['--bootstrap-italia-version'],
      },
      variables: true,
      keyframes: true,
    }) as AcceptedPlugin,
    keepOnlySiteFonts,
  ]
}

/** Drops every @font-face but the site's own (bootstrap-italia bundles a video-player icon font). */
const keepOnlySiteFonts: AcceptedPlugin = {
  postcssPlugin: 'sportello-keep-only-site-fonts',
  AtRule: {
    'font-face': (rule) => {
      if (!/Titillium Web/.test(rule.toString())) rule.remove()
    },
  },
}
