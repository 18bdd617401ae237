/** The elements of "Appuntamenti" its island fills. */
export const ids = {
  error: 'appointments-error', empty: 'appointments-empty', content: 'appointments-content',
  upcoming: 'appointments-upcoming', past: 'appointments-past', pastSection: 'appointments-past-section', item: 'appointment-item',
} as const
