/** The elements of the certificates page its island fills. */
export const ids = {
  loading: 'cert-loading', problem: 'cert-problem', main: 'cert-main', office: 'cert-office',
  errors: 'cert-errors', form: 'cert-form', people: 'cert-people', types: 'cert-types', uses: 'cert-uses',
  useBollo: 'cert-use-bollo', useEsente: 'cert-use-esente', bolloTotal: 'cert-bollo-total', esenteTotal: 'cert-esente-total',
  exemptionBox: 'cert-exemption-box', exemption: 'cert-exemption', exemptionReference: 'cert-exemption-reference',
  summary: 'cert-summary', submit: 'cert-submit',
  issued: 'cert-issued', issuedText: 'cert-issued-text', issuedDownload: 'cert-issued-download', issuedVerify: 'cert-issued-verify',
  toPay: 'cert-to-pay', toPayText: 'cert-to-pay-text', pay: 'cert-pay', payError: 'cert-pay-error',
  selfDeclaration: 'cert-self-declaration', selfDeclarationFor: 'cert-self-declaration-for', selfDeclarationHint: 'cert-self-declaration-hint',
  listStatus: 'cert-list-status', listError: 'cert-list-error', empty: 'cert-empty', list: 'cert-list', item: 'cert-item',
  personOption: 'cert-person-option', typeOption: 'cert-type-option',
} as const

/** The error paragraph of each group of the form, named by its aria-describedby. */
export const errorOf = (id: string): string => `${id}-error`
