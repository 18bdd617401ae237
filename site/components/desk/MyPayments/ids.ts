/** The elements of "I miei pagamenti" its island fills. */
export const ids = {
  error: 'payments-error', empty: 'payments-empty', content: 'payments-content', totalDue: 'payments-total-due', totalPaid: 'payments-total-paid',
  filter: 'payments-filter', count: 'payments-count', none: 'payments-none', list: 'payments-list', item: 'payment-item',
} as const
