// How a tester logs in on the TEST provider: with which identity system, at which level. The provider
// reports them the way the SPID/CIE gateway does: the level in the ID token's `acr` (CIE id uses the
// SPID level URIs too), the system in its `amr` ("spid" or "cie"). These values are written here on
// purpose rather than imported from the portal: the stand-in speaks for the gateway, and the tests show
// that the portal understands it.
import { messages } from './messages'

/** SPID level 1: password only. The portal refuses it. */
export const SPID_L1 = 'https://www.spid.gov.it/SpidL1'
/** SPID level 2: password plus a second factor; what the portal asks for. */
export const SPID_L2 = 'https://www.spid.gov.it/SpidL2'
/** SPID level 3: a hardware credential (for CIE, the card and its PIN). */
export const SPID_L3 = 'https://www.spid.gov.it/SpidL3'

/** One way of logging in the login page offers. */
export type LoginMode = { method: 'spid' | 'cie'; acr: string; label: string }

/** Every way of logging in, by the id the login page's forms send as `modo`. */
export const loginModes = {
  'spid-2': { method: 'spid', acr: SPID_L2, label: messages.modeSpid2 },
  'cie-3': { method: 'cie', acr: SPID_L3, label: messages.modeCie3 },
  'spid-1': { method: 'spid', acr: SPID_L1, label: messages.modeSpid1 },
} as const satisfies Record<string, LoginMode>

/** The id of a login mode. */
export type LoginModeId = keyof typeof loginModes

/** The mode named by a form or link, else the one the portal's hint (`idp_hint=spid|cie`) points to. */
export function toLoginModeId(value: unknown, hint?: unknown): LoginModeId {
  if (typeof value === 'string' && Object.hasOwn(loginModes, value)) return value as LoginModeId
  return hint === 'cie' ? 'cie-3' : 'spid-2'
}
