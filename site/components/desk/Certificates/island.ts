// The certificates page (/area-personale/certificati/): loads what the citizen may ask for
// (GET /api/me/certificati/opzioni: the people of their registry family, the types, the office's exempt
// uses and amounts), sends the request (POST, with a key made once per form so a double click or a
// retry gives the same certificate), then offers the PDF or "Paga con pagoPA"; the free
// self-declaration; and the list of the citizen's certificates, ?certificato=<id> highlighted.
import { api, call, type Schemas } from '../../../islands/kit/api'
import { byId as $, cloneTemplate, showMessage, slotsOf } from '../../../islands/kit/dom'
import { clearFieldError, clearProblems, showProblems, type Problem } from '../../../islands/kit/errorSummary'
import { centsToEuro, dateTimeToItalian, dateToShortItalian, fill } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { returnHereAfterLogin, showDeskLogin } from '../DeskLogin/island'
import { errorOf, ids } from './ids'
import { strings as t } from './strings'

type Options = Schemas['CertificateOptions']
type Certificate = Schemas['Certificate']

/** A new key for each new request: the same form sent twice (double click, retry) keeps it. */
const newRequestKey = (): string => crypto.randomUUID().replaceAll('-', '')
let requestKey = newRequestKey()

returnHereAfterLogin()
if (isLoggedIn()) void start()

async function start(): Promise<void> {
  showDeskLogin(false)
  $(ids.loading).hidden = false
  const options = await call(api.GET('/api/me/certificati/opzioni'))
  $(ids.loading).hidden = true
  if (options.status === 401) return showDeskLogin(true)
  $(ids.main).hidden = false
  if (options.ok) renderForm(options.body)
  else {
    showMessage($(ids.problem), options.message ?? t.loadError)
    // What the citizen already has stays reachable even when the registry is down.
    for (const id of [ids.form, ids.selfDeclaration]) $(id).closest('section')!.hidden = true
  }
  await showList(await wantedCertificate(options.ok))
}

/** ?certificato=<id> (back from pagoPA): read first, which issues it if it was just paid; its id to highlight. */
async function wantedCertificate(withForm: boolean): Promise<number | null> {
  const wanted = Number(new URLSearchParams(location.search).get('certificato'))
  if (!Number.isInteger(wanted) || wanted < 1) return null
  const one = await call(api.GET('/api/me/certificati/{id}', { params: { path: { id: wanted } } }))
  if (!one.ok) {
    showMessage($(ids.problem), one.status === 404 ? t.notFound : one.message ?? t.listError, false)
    return null
  }
  if (withForm) showOutcome(one.body)
  return one.body.id
}

function renderForm(options: Options): void {
  $(ids.office).textContent = fill(t.issuedBy, { office: options.office.name })
  $(ids.people).replaceChildren(...options.people.map((person, i) =>
    radio(ids.personOption, `cert-person-${i}`, person.fiscalCode, `${person.name} (${person.relationLabel})`, errorOf(ids.people))))
  $(ids.types).replaceChildren(...options.types.map((type) => {
    const option = radio(ids.typeOption, `cert-type-${type.value}`, type.value, type.label, errorOf(ids.types))
    const description = slotsOf(option)('description')
    description.id = `cert-type-${type.value}-description`
    description.textContent = type.description
    slotsOf(option)('control').setAttribute('aria-describedby', `${description.id} ${errorOf(ids.types)}`)
    return option
  }))
  const { bolloCents, dirittiBolloCents, dirittiEsenteCents } = options.amounts
  $(ids.bolloTotal).textContent = fill(t.total, { amount: centsToEuro(bolloCents + dirittiBolloCents) })
  $(ids.esenteTotal).textContent = dirittiEsenteCents ? fill(t.total, { amount: centsToEuro(dirittiEsenteCents) }) : t.free
  const select = $<HTMLSelectElement>(ids.exemption)
  select.append(...options.exemptions.map((e) => Object.assign(document.createElement('option'), { value: e.id, textContent: `${e.label} (${e.legalReference})` })))
  const form = $<HTMLFormElement>(ids.form)
  // A choice made clears the error shown on its group (the summary stays until the next send).
  form.addEventListener('change', (event) => {
    clearFieldError(event.target as HTMLElement)
    update(options)
  })
  form.addEventListener('submit', (event) => void submit(event, options))
  $(ids.pay).addEventListener('click', () => void pay(Number($(ids.pay).dataset.positionId), $<HTMLButtonElement>(ids.pay), $(ids.payError)))
  update(options)
}

function radio(template: string, id: string, value: string, label: string, errorId: string): HTMLElement {
  const option = cloneTemplate(template)
  const slot = slotsOf(option)
  Object.assign(slot<HTMLInputElement>('control'), { id, value })
  slot('control').setAttribute('aria-describedby', errorId)
  Object.assign(slot<HTMLLabelElement>('label'), { htmlFor: id, textContent: label })
  return option
}

/** What the form says now. */
function chosen(options: Options) {
  const form = $<HTMLFormElement>(ids.form)
  const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value
  const person = options.people.find((p) => p.fiscalCode === value('person'))
  const type = options.types.find((ty) => ty.value === value('type'))
  const use = value('use') as 'bollo' | 'esente' | undefined
  const exemption = options.exemptions.find((e) => e.id === $<HTMLSelectElement>(ids.exemption).value)
  return { person, type, use, exemption }
}

/** Shows the exemptions when the use is exempt, the summary of what will be paid and the matching self-declaration. */
function update(options: Options): void {
  const { person, type, use, exemption } = chosen(options)
  $(ids.exemptionBox).hidden = use !== 'esente'
  $(ids.exemptionReference).textContent = exemption ? fill(t.exemptionReference, { reference: exemption.legalReference }) : ''
  const { bolloCents, dirittiBolloCents, dirittiEsenteCents } = options.amounts
  const summary = $(ids.summary)
  if (person && type && use) {
    const bollo = use === 'bollo' ? bolloCents : 0
    const diritti = use === 'bollo' ? dirittiBolloCents : dirittiEsenteCents
    const useText = use === 'bollo' ? t.useBollo : exemption ? fill(t.exemptUse, { label: exemption.label }) : t.useEsente
    summary.replaceChildren(definitions([
      [t.summaryType, type.label], [t.summaryPerson, person.name], [t.summaryUse, useText],
      [t.summaryBollo, centsToEuro(bollo)], [t.summaryDiritti, centsToEuro(diritti)],
      [t.summaryTotal, bollo + diritti ? centsToEuro(bollo + diritti) : t.free],
    ]))
  } else summary.replaceChildren(Object.assign(document.createElement('p'), { className: 'mb-0', textContent: t.summaryNone }))
  const link = $<HTMLAnchorElement>(ids.selfDeclaration)
  const ready = Boolean(person && type)
  link.hidden = !ready
  $(ids.selfDeclarationFor).hidden = !ready
  $(ids.selfDeclarationHint).hidden = ready
  if (person && type) {
    link.href = `/api/me/certificati/autocertificazione.pdf?${new URLSearchParams({ tipo: type.value, cf: person.fiscalCode })}`
    $(ids.selfDeclarationFor).textContent = fill(t.selfFor, { type: type.label, name: person.name })
  }
}

function definitions(rows: [string, string][]): HTMLDListElement {
  const list = Object.assign(document.createElement('dl'), { className: 'row mb-0' })
  for (const [term, value] of rows) {
    list.append(
      Object.assign(document.createElement('dt'), { className: 'col-sm-5', textContent: term }),
      Object.assign(document.createElement('dd'), { className: 'col-sm-7 mb-1', textContent: value }))
  }
  list.lastElementChild!.classList.add('fw-semibold')
  return list
}

async function submit(event: SubmitEvent, options: Options): Promise<void> {
  event.preventDefault()
  const form = $<HTMLFormElement>(ids.form)
  const errors = $(ids.errors)
  clearProblems(errors, form)
  $(ids.issued).hidden = true
  $(ids.toPay).hidden = true
  const { person, type, use, exemption } = chosen(options)
  const firstOf = (container: string) => $(container).querySelector('input')?.id ?? null
  const missing: Problem[] = []
  if (!person) missing.push({ target: firstOf(ids.people), message: t.required.person })
  if (!type) missing.push({ target: firstOf(ids.types), message: t.required.type })
  if (!use) missing.push({ target: ids.useBollo, message: t.required.use })
  if (use === 'esente' && !exemption) missing.push({ target: ids.exemption, message: t.required.exemption })
  if (missing.length || !person || !type || !use) return showProblems(errors, missing, { focus: true })
  const button = $<HTMLButtonElement>(ids.submit)
  button.disabled = true
  button.textContent = t.sending
  const result = await call(api.POST('/api/me/certificati', {
    body: { type: type.value, subjectFiscalCode: person.fiscalCode, use, ...(use === 'esente' && exemption ? { exemptionId: exemption.id } : {}), requestKey },
  }))
  button.disabled = false
  button.textContent = t.submit
  if (!result.ok) {
    // Nothing is lost: the form keeps the choices and the same key, so a retry cannot ask twice.
    const targets: Record<string, string | null> = { subjectFiscalCode: firstOf(ids.people), type: firstOf(ids.types), use: ids.useBollo, exemptionId: ids.exemption }
    const problems = result.fields.length
      ? result.fields.map((f) => ({ target: targets[f.field] ?? null, message: f.message }))
      : [{ target: null, message: result.status === 401 ? t.sessionExpired : result.message ?? t.sendError }]
    return showProblems(errors, problems, { focus: true })
  }
  requestKey = newRequestKey()
  showOutcome(result.body)
  await showList(result.body.id)
}

/** After a request, or coming back from pagoPA: the certificate to download, or the payment to make. */
function showOutcome(certificate: Certificate): void {
  if (certificate.status === 'emesso' && certificate.downloadUrl) {
    $(ids.issuedText).textContent = fill(t.issuedText, { type: certificate.typeLabel, name: certificate.subjectName, code: certificate.code ?? '' })
    $<HTMLAnchorElement>(ids.issuedDownload).href = certificate.downloadUrl
    const verify = $<HTMLAnchorElement>(ids.issuedVerify)
    verify.hidden = !certificate.verifyUrl
    if (certificate.verifyUrl) verify.href = certificate.verifyUrl
    $(ids.issued).hidden = false
    $(ids.issued).focus()
  } else if (certificate.status === 'da-pagare' && certificate.payment) {
    $(ids.toPayText).textContent = fill(t.toPayText, { type: certificate.typeLabel, name: certificate.subjectName, amount: centsToEuro(certificate.payment.amountCents) })
    $(ids.pay).dataset.positionId = String(certificate.payment.positionId)
    $(ids.payError).hidden = true
    $(ids.toPay).hidden = false
    $(ids.toPay).focus()
  }
}

async function pay(positionId: number, button: HTMLButtonElement, error: HTMLElement): Promise<void> {
  button.disabled = true
  const label = button.textContent
  button.textContent = t.paying
  const result = await call(api.POST('/api/me/pagamenti/{id}/paga', { params: { path: { id: positionId } }, body: {} }))
  if (result.ok) return void location.assign(result.body.redirectUrl)
  button.disabled = false
  button.textContent = label
  showMessage(error, result.message ?? t.payError)
}

/** "I miei certificati", newest first; `highlight` is the one just asked for or just paid. */
async function showList(highlight: number | null): Promise<void> {
  const result = await call(api.GET('/api/me/certificati'))
  if (!result.ok) return showMessage($(ids.listError), result.message ?? t.listError)
  $(ids.listError).hidden = true
  const { certificates } = result.body
  $(ids.empty).hidden = certificates.length > 0
  $(ids.list).replaceChildren(...certificates.map((c) => item(c, c.id === highlight)))
  const status = $(ids.listStatus)
  if (certificates.some((c) => c.id === highlight)) showMessage(status, t.highlighted, false)
  else status.hidden = true
}

function item(c: Certificate, highlighted: boolean): HTMLElement {
  const li = cloneTemplate(ids.item)
  li.dataset.certificateId = String(c.id)
  li.dataset.status = c.status
  const slot = slotsOf(li)
  const titleId = `certificate-${c.id}-title`
  Object.assign(slot('type'), { id: titleId, textContent: c.typeLabel })
  slot('subject').textContent = c.subjectName
  slot('status').textContent = t.statuses[c.status]
  slot('use').textContent = c.use === 'bollo' ? t.useBollo : c.exemptionLabel ? fill(t.exemptUse, { label: c.exemptionLabel }) : t.useEsente
  slot('requestedAt').textContent = dateToShortItalian(new Date(c.requestedAt))
  const [dateLabel, date] = c.revokedAt ? [t.revokedAt, c.revokedAt] : c.issuedAt ? [t.issuedAt, c.issuedAt] : [null, null]
  if (dateLabel && date) {
    slot('dateLabel').textContent = dateLabel
    slot('date').textContent = dateTimeToItalian(new Date(date))
  } else for (const name of ['dateLabel', 'date']) slot(name).remove()
  slot('code').textContent = c.code ?? '–'
  const download = slot<HTMLAnchorElement>('download')
  const verify = slot<HTMLAnchorElement>('verify')
  const payButton = slot<HTMLButtonElement>('pay')
  for (const el of [download, verify, payButton]) el.setAttribute('aria-describedby', titleId)
  if (c.downloadUrl && c.status === 'emesso') download.href = c.downloadUrl
  else download.remove()
  if (c.verifyUrl) verify.href = c.verifyUrl
  else verify.remove()
  if (c.status === 'da-pagare' && c.payment) {
    const error = Object.assign(document.createElement('p'), { className: 'fw-semibold w-100 mb-0', hidden: true })
    error.setAttribute('role', 'alert')
    payButton.after(error)
    payButton.addEventListener('click', () => void pay(c.payment!.positionId, payButton, error))
  } else payButton.remove()
  if (highlighted) {
    li.classList.add('border-primary', 'border-3')
    li.setAttribute('aria-current', 'true')
    slot('mark').hidden = false
  } else slot('mark').remove()
  return li
}
