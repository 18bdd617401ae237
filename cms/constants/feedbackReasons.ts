/** Follow-up answers of the page-clarity feedback, as in the Designers Italia model. */
export const feedbackReasons = {
  negative: [
    { value: 'indicazioni-non-chiare', label: 'A volte le indicazioni non erano chiare' },
    { value: 'indicazioni-incomplete', label: 'A volte le indicazioni non erano complete' },
    { value: 'non-capivo-se-procedevo', label: 'A volte non capivo se stavo procedendo correttamente' },
    { value: 'problemi-tecnici', label: 'Ho avuto problemi tecnici' },
    { value: 'altro-negativo', label: 'Altro' },
  ],
  positive: [
    { value: 'indicazioni-chiare', label: 'Le indicazioni erano chiare' },
    { value: 'indicazioni-complete', label: 'Le indicazioni erano complete' },
    { value: 'capivo-come-procedere', label: 'Capivo sempre che stavo procedendo correttamente' },
    { value: 'nessun-problema-tecnico', label: 'Non ho avuto problemi tecnici' },
    { value: 'altro-positivo', label: 'Altro' },
  ],
} as const

/** Every reason code, positive and negative. */
export const feedbackReasonValues = [...feedbackReasons.negative, ...feedbackReasons.positive].map((r) => r.value)
