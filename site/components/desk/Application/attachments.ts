// The "Allegati" step: one file input per slot of the form, each file uploaded as soon as it is chosen
// (POST multipart), the uploaded ones listed with name, size and a remove button. The server decides
// what it accepts; its Italian message is shown next to the input.
import { api, call, multipart, type ApiFailure } from '../../../islands/kit/api'
import { cloneTemplate, slotsOf } from '../../../islands/kit/dom'
import { fill } from '../../../islands/kit/format'
import { practiceStrings } from '../../../islands/practice/strings'
import type { Attachment, AttachmentSlot } from '../../../islands/practice/types'
import { bytesToSize } from '../../../lib/bytesToSize'
import { templates } from './ids'
import { strings } from './strings'

const accept: Record<string, string> = { pdf: '.pdf,application/pdf', jpeg: '.jpg,.jpeg,image/jpeg', png: '.png,image/png' }

/** The id of a slot's file input (what error links point to). */
export const slotTarget = (slotName: string): string => `a-${slotName}`

/** Builds the slots into `container`; `attachments` is the practice's live list, kept up to date here. */
export function renderSlots(container: HTMLElement, practiceId: number, slots: AttachmentSlot[], attachments: Attachment[], changed: () => void): void {
  container.replaceChildren(...slots.map(slotElement))
  for (const slot of slots) wireSlot(slot, practiceId, attachments, changed)
}

function slotElement(slot: AttachmentSlot): HTMLElement {
  const element = cloneTemplate(templates.slot)
  const part = slotsOf(element)
  const id = slotTarget(slot.name)
  element.dataset.attachmentSlot = slot.name
  if (slot.showIf) element.dataset.showIf = JSON.stringify(slot.showIf)
  const label = part<HTMLLabelElement>('label')
  label.htmlFor = id
  label.id = `${id}-label`
  label.textContent = slot.label
  if (slot.required) {
    const mark = Object.assign(document.createElement('span'), { textContent: ' *' })
    mark.setAttribute('aria-hidden', 'true')
    label.append(mark)
  }
  const help = part('help')
  help.id = `${id}-help`
  if (slot.help) help.textContent = slot.help
  else help.remove()
  part('rules').textContent = fill(strings.attachmentRules, { types: slot.types.map((t) => t.toUpperCase()).join(', '), max: slot.maxMb })
  part('rules').id = `${id}-rules`
  part('error').id = `${id}-error`
  const input = part<HTMLInputElement>('control')
  Object.assign(input, { id, name: `allegato-${slot.name}`, accept: slot.types.map((t) => accept[t]).join(','), required: Boolean(slot.required) })
  part<HTMLLabelElement>('button').htmlFor = id
  input.setAttribute('aria-labelledby', label.id)
  input.setAttribute('aria-describedby', [`${id}-error`, `${id}-rules`, ...(slot.help ? [`${id}-help`] : [])].join(' '))
  return element
}

function wireSlot(slot: AttachmentSlot, practiceId: number, attachments: Attachment[], changed: () => void): void {
  const element = document.querySelector<HTMLElement>(`[data-attachment-slot="${slot.name}"]`)!
  const part = slotsOf(element)
  const input = part<HTMLInputElement>('control')
  const say = (message: string, error = false) => {
    const feedback = part('error')
    feedback.textContent = error ? message : ''
    feedback.hidden = !error
    input.toggleAttribute('aria-invalid', error)
    part('status').textContent = error ? '' : message
  }
  const failed = (result: ApiFailure) => say(result.status === 401 ? practiceStrings.sessionExpired : result.message ?? strings.uploadError, true)
  const renderFiles = () => part('files').replaceChildren(...attachments.filter((a) => a.slot === slot.name).map((a) => fileItem(a, async (button) => {
    button.disabled = true
    const result = await call(api.DELETE('/api/me/pratiche/{id}/allegati/{attachmentId}', { params: { path: { id: practiceId, attachmentId: Number(a.id) } } }))
    button.disabled = false
    if (!result.ok) return failed(result)
    attachments.splice(attachments.indexOf(a), 1)
    renderFiles()
    say(fill(strings.removed, { name: a.filename }))
    input.focus()
    changed()
  })))
  input.addEventListener('change', async () => {
    const file = input.files?.[0]
    if (!file) return
    if (file.size > slot.maxMb * 1_048_576) return say(fill(strings.tooBig, { name: file.name, max: slot.maxMb }), true)
    say(fill(strings.uploading, { name: file.name }))
    input.disabled = true
    const result = await call(api.POST('/api/me/pratiche/{id}/allegati', { params: { path: { id: practiceId } }, body: { slot: slot.name, file }, bodySerializer: multipart }))
    input.disabled = false
    input.value = ''
    if (!result.ok) return failed(result)
    attachments.push(result.body)
    renderFiles()
    say(fill(strings.uploaded, { name: result.body.filename }))
    changed()
  })
  renderFiles()
}

/** An uploaded file as bootstrap-italia's upload list shows it: icon, name, size, and "Rimuovi". */
function fileItem(attachment: Attachment, remove: (button: HTMLButtonElement) => void): HTMLElement {
  const item = cloneTemplate(templates.file)
  const part = slotsOf(item)
  part('name').textContent = attachment.filename
  part('size').textContent = bytesToSize(attachment.size)
  const button = part<HTMLButtonElement>('remove')
  button.setAttribute('aria-label', fill(strings.removeLabel, { name: attachment.filename }))
  button.addEventListener('click', () => remove(button))
  return item
}
