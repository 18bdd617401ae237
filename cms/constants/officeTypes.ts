/** Kinds of organisational unit ("unità organizzativa") in the municipal model. */
export const officeTypes = [
  { value: 'organo-di-governo', label: 'Organo di governo' },
  { value: 'area-amministrativa', label: 'Area amministrativa' },
  { value: 'ufficio', label: 'Ufficio' },
] as const
