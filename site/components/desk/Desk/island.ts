// The desk: says how a login or an email confirmation went, and when a citizen is logged in loads
// their profile (GET /api/me), greets them, says what the desk holds in the page's lead, runs the section tabs and fills "I miei dati".
import { api, call } from '../../../islands/kit/api'
import { byId, showMessage } from '../../../islands/kit/dom'
import { isLoggedIn } from '../../../islands/kit/session'
import { startCitizenData } from '../CitizenData/island'
import { showDeskLogin } from '../DeskLogin/island'
import { startPushOptIn } from '../PushOptIn/island'
import { deskTabsId } from '../DeskTabs/ids'
import { setupTabs } from '../DeskTabs/island'
import { ids } from './ids'
import { strings } from './strings'

void start()

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search)
  const outcome = strings.outcomes[query.get('accesso') ?? ''] ?? strings.outcomes[query.get('email') ?? '']
  if (outcome) showMessage(byId(ids.outcome), outcome, false)
  if (!isLoggedIn()) return
  byId(ids.loading).hidden = false
  const profile = await call(api.GET('/api/me'))
  byId(ids.loading).hidden = true
  if (!profile.ok) return
  showDeskLogin(false)
  byId(ids.main).hidden = false
  byId(ids.lead).textContent = strings.deskIntro
  byId(ids.greeting).textContent = strings.greeting(profile.body.givenName)
  setupTabs(byId(deskTabsId))
  startCitizenData(profile.body)
  void startPushOptIn()
}
