import type { Payload } from 'payload'

const words = ('comune brindisi servizio cittadini ufficio domanda documento anagrafe scuola mensa trasporto ' +
  'porto lungomare cultura evento piazza biblioteca tributi pagamento ambiente raccolta rifiuti verde parco ' +
  'mobilità parcheggio lavori strada quartiere sportello orari prenotazione certificato residenza').split(' ')

const sentence = (seed: number, length: number) =>
  Array.from({ length }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ')

const paragraph = (text: string) => ({
  type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0,
  children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }],
})

/** Adds `count` published news items with four paragraphs each: a synthetic large site. */
export async function addSyntheticNews(payload: Payload, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const title = `Notizia sintetica ${i + 1}: ${sentence(i, 6)}`
    await payload.create({
      collection: 'news',
      data: {
        title,
        slug: `notizia-sintetica-${i + 1}`,
        kind: 'notizia',
        summary: sentence(i + 1, 14).slice(0, 150),
        publishedAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
        body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [1, 2, 3, 4].map((p) => paragraph(`${sentence(i + p, 60)}.`)) } },
        _status: 'published',
      } as never,
      context: { seeding: true },
    })
  }
}
