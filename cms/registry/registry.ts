// What the certificate engine needs from the national registry (ANPR), whatever answers it: the ANPR
// e-services through PDND in production, the registry stand-in (api/standins/anpr/) in the demo and tests.
// The adapter lives in cms/registry/anprClient.ts; nothing else speaks to ANPR.

/** A person as the registry holds them (the fields registry certificates print). */
export type RegistryPerson = {
  fiscalCode: string
  givenName: string
  familyName: string
  sex: 'F' | 'M'
  /** YYYY-MM-DD */
  birthDate: string
  /** The municipality (or foreign state) of birth as printed: "Brindisi (BR)", "Lecce (LE)", "Germania". */
  birthPlace: string
  /** "italiana", "tedesca"… */
  citizenship: string
  /** As printed on the stato civile: "celibe", "nubile", "coniugato", "coniugata", "vedovo", "vedova", "divorziato", "divorziata", "unito civilmente", "unita civilmente". */
  civilStatus: string
  /** The marriage or civil union, when civilStatus says there is one. */
  marriage?: { date: string; place: string; spouseName: string }
  /** False when the registry records the death (then no certificate but the one of death, not issued online). */
  alive: boolean
  /** The person's relation to the head of the family ("Intestatario della scheda", "Coniuge", "Figlio", "Figlia", …). */
  relationToHead: string
}

/** A registry family (famiglia anagrafica) at its address in the Comune. */
export type RegistryFamily = {
  /** ANPR's identifier of the family card. */
  familyId: string
  address: { street: string; postalCode: string; locality: string; province: string }
  /** Since when the family lives at this address (YYYY-MM-DD). */
  residentSince: string
  members: RegistryPerson[]
}

/** Why the registry gave no answer; every message is Italian and safe to show to the citizen. */
export type RegistryErrorKind =
  /** ANPR (or PDND) is down, slow or answered what we cannot read: try again later. */
  | 'unavailable'
  /** No person with that codice fiscale lives in the Comune. */
  | 'not-found'

export class RegistryError extends Error {
  override name = 'RegistryError'
  constructor(readonly kind: RegistryErrorKind, message: string, options?: ErrorOptions) {
    super(message, options)
  }
}

/**
 * The registry as the engine sees it. `purpose` goes to ANPR's `motivoRichiesta` (the reference of the
 * request the lookup is for, e.g. "certificato 123"), as the e-services require.
 */
export interface Registry {
  /** The family of the person with this codice fiscale, resident in the Comune (the person is one of the members). */
  familyOf(fiscalCode: string, purpose: string): Promise<RegistryFamily>
}
