/** A copy of the first element of a <template> of the page. */
export function cloneTemplate(id: string): HTMLElement {
  return (document.getElementById(id) as HTMLTemplateElement).content.firstElementChild!.cloneNode(true) as HTMLElement
}

/** Plain text as paragraphs (split on blank lines); never parsed as HTML. */
export function textToParagraphs(text: string): HTMLParagraphElement[] {
  return text.split(/\n\s*\n/).map((part) => Object.assign(document.createElement('p'), { textContent: part.trim() }))
}
