/** The elements of a practice's page its island fills. */
export const ids = {
  loading: 'detail-loading', problem: 'detail-problem', main: 'detail-main', service: 'detail-service', status: 'detail-status',
  protocol: 'detail-protocol', submitted: 'detail-submitted', office: 'detail-office', receipt: 'detail-receipt', answered: 'detail-answered',
  request: 'detail-request', requestDate: 'detail-request-date', requestMessage: 'detail-request-message', data: 'detail-data', timeline: 'detail-timeline',
  answerErrors: 'answer-errors', answerForm: 'answer-form', answerMessage: 'answer-message', answerFiles: 'answer-files', timelineItem: 'timeline-item',
  finalAct: 'detail-final-act', finalActLink: 'detail-final-act-link',
} as const
