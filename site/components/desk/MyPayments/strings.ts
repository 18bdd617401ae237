import type { Schemas } from '../../../islands/kit/api'

type PaymentStatus = Schemas['Payment']['status']

/** "I miei pagamenti", in Italian. */
export const strings = {
  empty: 'Non ci sono pagamenti a tuo nome: qui troverai gli avvisi da pagare e le ricevute.',
  totalsTitle: 'Riepilogo',
  totalDue: 'Da pagare',
  totalPaid: 'Pagato',
  filterLabel: 'Mostra',
  filters: { tutti: 'Tutti i pagamenti', 'da-pagare': 'Da pagare', scaduta: 'Scaduti', pagata: 'Pagati', annullata: 'Annullati' } satisfies Record<PaymentStatus | 'tutti', string>,
  statuses: { 'da-pagare': 'Da pagare', scaduta: 'Scaduto', pagata: 'Pagato', annullata: 'Annullato' } satisfies Record<PaymentStatus, string>,
  count: '{n} pagamenti mostrati',
  noneForFilter: 'Nessun pagamento con questo stato.',
  amount: 'Importo',
  status: 'Stato',
  dueDate: 'Scadenza',
  noticeCode: 'Codice avviso',
  iuv: 'Codice IUV',
  creditor: 'Codice fiscale dell’ente',
  paidAt: 'Pagato il',
  details: 'Dettagli',
  notice: 'Scarica l’avviso di pagamento (PDF)',
  receipt: 'Scarica la ricevuta (PDF)',
  payNow: 'Paga ora',
  paying: 'Ti stiamo portando su pagoPA…',
  payError: 'Non è stato possibile avviare il pagamento. Riprova tra qualche minuto.',
  loadError: 'Non è stato possibile caricare i pagamenti. Riprova tra qualche minuto.',
}
