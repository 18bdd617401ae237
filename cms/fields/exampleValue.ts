/**
 * How editors mark a value the Comune has not confirmed (a placeholder phone, address or amount): the mark in brackets
 * at the end, e.g. "(numero di esempio)". The public site (site/lib/exampleValue.ts) then shows it as text with its
 * mark and never as a `tel:`/`mailto:` link. Shown under every field that may hold such a value.
 */
export const exampleValueHint =
  'Dato non ancora confermato? Scrivilo con «(di esempio)» in fondo, ad esempio «800 000 000 (numero di esempio)»: il sito lo mostra come esempio, senza link. Meglio ancora: lascia il campo vuoto finché il dato reale non è disponibile.'
