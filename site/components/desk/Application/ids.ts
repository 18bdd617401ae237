/** The elements of the application page its island and the wizard's modules work with. */
export const ids = {
  loading: 'app-loading', problem: 'app-problem', problemText: 'app-problem-text', problemLink: 'app-problem-link',
  existing: 'app-existing', existingText: 'app-existing-text', existingContinue: 'app-existing-continue', existingNew: 'app-existing-new',
  main: 'app-main', service: 'app-service', office: 'app-office', steps: 'app-steps', position: 'app-position', errors: 'app-errors',
  conflict: 'app-conflict', form: 'app-form', privacyStep: 'step-privacy', privacyText: 'app-privacy-text', privacy: 'q-privacy', privacyAccepted: 'app-privacy-accepted',
  questions: 'app-questions', attachmentsStep: 'step-attachments', slots: 'app-slots', summaryStep: 'step-summary', summary: 'app-summary',
  fee: 'app-fee', feePay: 'app-fee-pay', submit: 'app-submit', back: 'app-back', progress: 'app-progress', next: 'app-next',
  save: 'app-save', saved: 'app-saved', receipt: 'app-receipt',
} as const

/** The <template>s the wizard copies: one per kind of question (QuestionTemplates.astro) and the attachment slot. */
export const templates = {
  input: 'tpl-input', textarea: 'tpl-textarea', select: 'tpl-select', checkbox: 'tpl-checkbox', radio: 'tpl-radio', radioOption: 'tpl-radio-option', slot: 'tpl-slot', file: 'tpl-file',
} as const
