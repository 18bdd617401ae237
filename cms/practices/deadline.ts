/**
 * How the days of a procedure's legal term are counted: calendar days (the rule of L. 241/1990,
 * a deadline falling on a non-working day moving to the next working day) or working days only.
 */
export const termUnits = [
  { value: 'calendario', label: 'Giorni di calendario' },
  { value: 'lavorativi', label: 'Giorni lavorativi' },
] as const

export type TermUnit = (typeof termUnits)[number]['value']
