import type { CertificateType } from './vocabulary'

/** What each certificate states, in a line the request form shows under the type. */
export const certificateDescriptions: Record<CertificateType, string> = {
  'residenza': 'Attesta l’indirizzo di residenza nel Comune e da quando.',
  'stato-di-famiglia': 'Elenca i componenti della famiglia anagrafica con il rapporto di parentela, la data e il luogo di nascita.',
  'nascita': 'Attesta la data e il luogo di nascita.',
  'cittadinanza': 'Attesta la cittadinanza.',
  'esistenza-in-vita': 'Attesta che la persona è in vita alla data del rilascio.',
  'stato-civile': 'Attesta lo stato civile (celibe, nubile, coniugato/a, vedovo/a, divorziato/a, unito/a civilmente) e il matrimonio o l’unione.',
  'contestuale': 'Riunisce in un solo certificato residenza, cittadinanza, stato di famiglia ed esistenza in vita.',
}
