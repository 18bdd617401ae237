import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

/** One URL per page type of the public site. */
const pageTypes: [string, string][] = [
  ['home', '/'],
  ['section: Amministrazione', '/amministrazione/'],
  ['section: Novità', '/novita/'],
  ['section: Servizi (catalogue)', '/servizi/'],
  ['section: Vivere il Comune', '/vivere-il-comune/'],
  ['service category', '/servizi/categorie/anagrafe-e-stato-civile/'],
  ['service page', '/servizi/cambio-di-residenza/'],
  ['news list', '/notizie/'],
  ['news list, page 2', '/notizie/2/'],
  ['events list', '/eventi/'],
  ['places list', '/luoghi/'],
  ['documents list', '/documenti/'],
  ['topics list', '/argomenti/'],
  ['institutional page', '/amministrazione/organi-di-governo/'],
  ['offices list', '/amministrazione/uffici/'],
  ['FAQ', '/faq/'],
  ['contacts', '/contatti/'],
  ['search', '/cerca/?q=residenza'],
  ['site map', '/mappa-del-sito/'],
  ['feedback thanks', '/grazie-per-il-feedback/'],
  ['not found', '/pagina-che-non-esiste/'],
]

/** Detail pages: the first link of each list page leads to one. */
const detailTypes: [string, string, RegExp][] = [
  ['news item', '/notizie/', /\/notizie\/[a-z0-9-]+\/$/],
  ['event', '/eventi/', /\/eventi\/[a-z0-9-]+\/$/],
  ['place', '/luoghi/', /\/luoghi\/[a-z0-9-]+\/$/],
  ['document', '/documenti/', /\/documenti\/[a-z0-9-]+\/$/],
  ['topic', '/argomenti/', /\/argomenti\/[a-z0-9-]+\/$/],
  ['office', '/amministrazione/uffici/', /\/uffici\/[a-z0-9-]+\/$/],
]

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function expectNoViolations(page: import('@playwright/test').Page) {
  // The pages must also run under the server's strict Content Security Policy: no inline script.
  const inlineScripts = await page.locator('script:not([src]):not([type="application/ld+json"])').count()
  expect(inlineScripts).toBe(0)
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)
  expect(summary).toEqual([])
}

test.describe('WCAG 2.1 AA (axe-core)', () => {
  test.beforeEach(({ page }) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) throw new Error(`CSP: ${message.text()}`)
    })
  })

  for (const [name, url] of pageTypes) {
    test(`${name} has no violations`, async ({ page }) => {
      await page.goto(url)
      if (url.startsWith('/cerca/')) await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible()
      await expectNoViolations(page)
    })
  }

  for (const [name, listUrl, detailPattern] of detailTypes) {
    test(`${name} page has no violations`, async ({ page }) => {
      await page.goto(listUrl)
      const hrefs = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
      const detail = hrefs.find((href) => detailPattern.test(href))
      expect(detail, `a link to a ${name} on ${listUrl}`).toBeTruthy()
      await page.goto(detail!)
      await expectNoViolations(page)
    })
  }
})
