import type { APIRequestContext } from '@playwright/test'

/** One URL per page type of the public site (the accessibility and the HTML-validity checks both go through them). */
export const pageTypes: [string, string][] = [
  ['home', '/'],
  ['section: Amministrazione', '/amministrazione/'],
  ['section: Novità', '/novita/'],
  ['news of one kind', '/novita/notizie/'],
  ['section: Servizi (catalogue)', '/servizi/'],
  ['section: Vivere il Comune', '/vivere-il-comune/'],
  ['service category', '/servizi/categorie/anagrafe-e-stato-civile/'],
  ['service page', '/servizi/cambio-di-residenza/'],
  ['service page with an online form', '/servizi/iscrizione-mensa-scolastica/'],
  ['news list', '/notizie/'],
  ['news archive page', '/notizie/archivio/1/'],
  ['events list', '/eventi/'],
  ['places list', '/luoghi/'],
  ['documents list', '/documenti/'],
  ['topics list', '/argomenti/'],
  ['institutional page', '/amministrazione/organi-di-governo/'],
  ['offices list', '/amministrazione/uffici/'],
  ['legal notes', '/note-legali/'],
  ['FAQ', '/faq/'],
  ['contacts', '/contatti/'],
  ['search', '/cerca/?q=residenza'],
  ['site map', '/mappa-del-sito/'],
  ['open data', '/dati-aperti/'],
  ['feedback thanks', '/grazie-per-il-feedback/'],
  ['assistance request', '/richiedi-assistenza/'],
  ['appointment booking', '/prenotazione-appuntamento/'],
  ['reports (map and list)', '/segnalazioni/'],
  ['certificate check', '/verifica-certificato/'],
  ['personal area (logged out)', '/area-personale/'],
  ['personal area section (logged out)', '/area-personale/pagamenti/'],
  ['not found', '/pagina-che-non-esiste/'],
  ['offline page (shown by the service worker)', '/senza-connessione/'],
]

/** Detail pages: the first link of each list page that matches leads to one. */
export const detailTypes: [string, string, RegExp][] = [
  ['news item', '/notizie/', /^\/notizie\/[a-z0-9-]+\/$/],
  ['event', '/eventi/', /^\/eventi\/[a-z0-9-]+\/$/],
  ['place', '/luoghi/', /^\/luoghi\/[a-z0-9-]+\/$/],
  ['document', '/documenti/', /^\/documenti\/[a-z0-9-]+\/$/],
  ['topic', '/argomenti/', /^\/argomenti\/[a-z0-9-]+\/$/],
  ['office', '/amministrazione/uffici/', /^\/uffici\/[a-z0-9-]+\/$/],
]

/** The first link of a list page to a detail page of its type, read from the served HTML. */
export async function firstDetailPath(request: APIRequestContext, listUrl: string, pattern: RegExp): Promise<string | undefined> {
  const html = await (await request.get(listUrl)).text()
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
  return [...main.matchAll(/href="([^"#?]+)"/g)].map((m) => m[1]!).find((href) => pattern.test(href) && !/\/\d+\/$/.test(href))
}
