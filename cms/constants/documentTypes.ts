/** Document types of the Designers Italia model ("tipi di documento"). */
export const documentTypes = [
  { value: 'modulistica', label: 'Modulistica' },
  { value: 'albo-pretorio', label: 'Documenti albo pretorio' },
  { value: 'funzionamento-interno', label: 'Documenti funzionamento interno' },
  { value: 'atti-normativi', label: 'Atti normativi' },
  { value: 'accordi-tra-enti', label: 'Accordi tra enti' },
  { value: 'attivita-politica', label: 'Documenti attività politica' },
  { value: 'documenti-tecnici', label: 'Documenti (tecnici) di supporto' },
  { value: 'istanze', label: 'Istanze' },
  { value: 'dataset', label: 'Dataset' },
] as const
