// The few DOM helpers every island needs: elements by id, <template> copies, named slots, plain text.

/** The element with this id; components tie ids to their markup through one constant (ids.ts). */
export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T

/** A copy of the first element of a <template> of the page. */
export function cloneTemplate(id: string): HTMLElement {
  return byId<HTMLTemplateElement>(id).content.firstElementChild!.cloneNode(true) as HTMLElement
}

/** The parts of a copied template by name: `slots(item)('title')` is its [data-slot="title"] element. */
export const slotsOf = (element: ParentNode) => <T extends HTMLElement = HTMLElement>(name: string): T =>
  element.querySelector<T>(`[data-slot="${name}"]`)!

/** Plain text as paragraphs (split on blank lines); never parsed as HTML. */
export function textToParagraphs(text: string): HTMLParagraphElement[] {
  return text.split(/\n\s*\n/).map((part) => Object.assign(document.createElement('p'), { textContent: part.trim() }))
}

/** Shows a message in an alert or status box, moving the focus there when the citizen must notice it. */
export function showMessage(box: HTMLElement, message: string, focus = true): void {
  box.textContent = message
  box.hidden = false
  if (focus) box.focus()
}
