import type { Payload } from 'payload'

import { municipalityName } from './municipalityName'

/** The emblem at the head of every admin page, the link back to the home page. */
export async function Icon({ payload }: { payload?: Payload }) {
  const name = await municipalityName(payload)
  return <img className="brand-icon" src="/stemma.svg" alt={`${name}, pagina iniziale`} width={20} height={22} />
}
