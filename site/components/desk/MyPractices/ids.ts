/** The elements of "Le mie pratiche" its island fills. */
export const ids = {
  error: 'practices-error', status: 'practices-status', empty: 'practices-empty', item: 'practice-item',
  dialog: 'practice-delete', dialogText: 'practice-delete-text',
} as const

/** The section of one group of practices (drafts or submitted) and its list. */
export const groupIds = (group: 'drafts' | 'sent') => ({ section: `practices-${group}`, title: `practices-${group}-title`, list: `practices-${group}-list` })
