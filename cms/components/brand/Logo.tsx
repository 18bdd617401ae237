import type { Payload } from 'payload'

import { municipalityName } from './municipalityName'

/** The login page's logo: the Comune's emblem and name, and what this place is. */
export async function Logo({ payload }: { payload?: Payload }) {
  const name = await municipalityName(payload)
  return (
    <div className="brand-logo">
      <img className="brand-logo__emblem" src="/stemma.svg" alt="" width={56} height={63} />
      <div>
        <p className="brand-logo__name">{name}</p>
        <p className="brand-logo__place">Sportello · area riservata al personale</p>
      </div>
    </div>
  )
}
