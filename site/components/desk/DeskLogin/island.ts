import { byId } from '../../../islands/kit/dom'
import { deskLoginId } from './ids'

/** Shows or hides the login box. */
export const showDeskLogin = (visible: boolean): void => void (byId(deskLoginId).hidden = !visible)

/** Points the login buttons back at this very page (with its query), instead of the desk. */
export function returnHereAfterLogin(): void {
  for (const link of byId(deskLoginId).querySelectorAll<HTMLAnchorElement>('a[data-login]')) {
    const url = new URL(link.href)
    url.searchParams.set('ritorno', location.pathname + location.search)
    link.href = url.href
  }
}
