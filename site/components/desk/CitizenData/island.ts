// "I miei dati": fills what SPID/CIE certify and the contacts form from the citizen's profile, and
// saves the contacts (PATCH /api/me/contacts), showing the API's field errors next to the fields.
import { api, call, type Schemas } from '../../../islands/kit/api'
import { byId, showMessage } from '../../../islands/kit/dom'
import { clearProblems, showProblems } from '../../../islands/kit/errorSummary'
import { dateToShortItalian } from '../../../islands/kit/format'
import { contactFieldId, ids } from './ids'
import { strings, type Channel } from './strings'

type Profile = Schemas['CitizenProfile']

const isChannel = (value: string): value is Channel => value in strings.channels

/** Shows the citizen's profile and lets the contacts form save. */
export function startCitizenData(profile: Profile): void {
  render(profile)
  byId<HTMLFormElement>(ids.form).addEventListener('submit', (event) => void save(event))
}

function render(p: Profile): void {
  const certified: Record<keyof typeof strings.certified, string | null> = {
    fiscalCode: p.fiscalCode, givenName: p.givenName, familyName: p.familyName, birthDate: p.birthDate && dateToShortItalian(new Date(p.birthDate)),
    birthPlace: p.birthPlace, certifiedEmail: p.certified.email, certifiedPhone: p.certified.phone,
  }
  for (const [key, value] of Object.entries(certified)) {
    const cell = document.querySelector(`[data-field="${key}"]`)
    if (cell) cell.textContent = value ?? '–'
  }
  const form = byId<HTMLFormElement>(ids.form)
  for (const [name, value] of Object.entries(p.contacts)) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
    if (field) field.value = value ?? ''
  }
  if (p.pendingEmail) showMessage(byId(ids.status), strings.pendingEmail(p.pendingEmail), false)
}

async function save(event: SubmitEvent): Promise<void> {
  event.preventDefault()
  const form = byId<HTMLFormElement>(ids.form)
  const errors = byId(ids.errors)
  const data = new FormData(form)
  const text = (name: string) => String(data.get(name) ?? '')
  const channel = text('preferredChannel')
  clearProblems(errors, form)
  byId(ids.status).hidden = true
  const result = await call(api.PATCH('/api/me/contacts', {
    body: { email: text('email'), phone: text('phone'), address: text('address'), postalCode: text('postalCode'), city: text('city'), ...(isChannel(channel) ? { preferredChannel: channel } : {}) },
  }))
  if (result.ok) {
    render(result.body)
    if (!result.body.pendingEmail) showMessage(byId(ids.status), strings.saved, false)
    return
  }
  const problems = result.fields.length
    ? result.fields.map((f) => ({ target: contactFieldId(f.field), message: f.message }))
    : [{ target: null, message: result.message ?? strings.saveError }]
  showProblems(errors, problems, { focus: true })
}
