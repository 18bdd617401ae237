import type { Payload } from 'payload'

import { municipalityName } from './municipalityName'

/** Atop the navigation: the Comune's emblem and name, so every page says whose back office it is. */
export async function NavBrand({ payload }: { payload?: Payload }) {
  const name = await municipalityName(payload)
  return (
    <div className="brand-nav">
      <img src="/stemma.svg" alt="" width={28} height={32} />
      <span className="brand-nav__name">{name}</span>
    </div>
  )
}
