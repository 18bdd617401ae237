/** The fifteen service categories of the Designers Italia model for municipalities, with their URL slugs. */
export const serviceCategories = [
  { value: 'anagrafe-e-stato-civile', label: 'Anagrafe e stato civile' },
  { value: 'cultura-e-tempo-libero', label: 'Cultura e tempo libero' },
  { value: 'vita-lavorativa', label: 'Vita lavorativa' },
  { value: 'imprese-e-commercio', label: 'Imprese e commercio' },
  { value: 'appalti-pubblici', label: 'Appalti pubblici' },
  { value: 'catasto-e-urbanistica', label: 'Catasto e urbanistica' },
  { value: 'turismo', label: 'Turismo' },
  { value: 'mobilita-e-trasporti', label: 'Mobilità e trasporti' },
  { value: 'educazione-e-formazione', label: 'Educazione e formazione' },
  { value: 'giustizia-e-sicurezza-pubblica', label: 'Giustizia e sicurezza pubblica' },
  { value: 'tributi-finanze-e-contravvenzioni', label: 'Tributi, finanze e contravvenzioni' },
  { value: 'ambiente', label: 'Ambiente' },
  { value: 'salute-benessere-e-assistenza', label: 'Salute, benessere e assistenza' },
  { value: 'autorizzazioni', label: 'Autorizzazioni' },
  { value: 'agricoltura-e-pesca', label: 'Agricoltura e pesca' },
] as const

export type ServiceCategory = (typeof serviceCategories)[number]['value']
