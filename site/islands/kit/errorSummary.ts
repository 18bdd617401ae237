// The error summary at the top of a form (GOV.UK / bootstrap-italia pattern; markup: ErrorSummary.astro):
// one link per problem to the field concerned, which is also marked invalid with its message next to it.
// Sending again clears every mark first, so a corrected error disappears: from the summary, from the
// field, and from the message under it (really hidden: see the style in ErrorSummary.astro). Errors do
// not vanish while the citizen edits: the summary collapsing under the pointer would move the send
// button away from a click already on its way.

/**
 * One problem to show: the id of the control it is about (null when it concerns the whole form), and
 * the field's label when the message does not name it (the summary needs it, the field itself not).
 */
export type Problem = { target: string | null; message: string; label?: string }

/** Clears every error mark inside `scope` and hides the summary box. */
export function clearProblems(box: HTMLElement, scope: HTMLElement): void {
  box.hidden = true
  box.querySelector('ul')?.replaceChildren()
  clearMarks(scope)
}

/** Clears the error shown on a control (a choice made, say): its group's invalid marks and error message; the summary stays until the next send. */
export function clearFieldError(control: HTMLElement): void {
  clearMarks(control.closest('fieldset[data-question], fieldset, .form-group') ?? control)
  control.removeAttribute('aria-invalid')
  const feedback = feedbackOf(control)
  if (feedback) hideFeedback(feedback)
}

/**
 * Fills the summary box (a `ul` inside it) and marks each control; `reveal` runs before a link moves
 * focus to its control, so a wizard can first show the step that holds it.
 */
export function showProblems(box: HTMLElement, problems: Problem[], options: { focus: boolean; reveal?: (target: string) => void }): void {
  const list = box.querySelector('ul')!
  list.replaceChildren(...problems.map(({ target, message, label }) => {
    const item = document.createElement('li')
    const control = target ? document.getElementById(target) : null
    if (!control) {
      item.textContent = message
      return item
    }
    markInvalid(control, message)
    const link = document.createElement('a')
    link.href = `#${target}`
    link.textContent = label ? `${label}: ${message}` : message
    link.addEventListener('click', (event) => {
      event.preventDefault()
      options.reveal?.(target!)
      control.focus()
    })
    item.append(link)
    return item
  }))
  // "Controlla i campi indicati" only when some problem is about a field.
  box.querySelector('p')?.toggleAttribute('hidden', problems.every((p) => !p.target))
  box.hidden = false
  if (options.focus) box.focus()
}

/** Marks a control invalid and writes the message in the error paragraph its aria-describedby names. */
function markInvalid(control: HTMLElement, message: string): void {
  const group = control.closest('fieldset[data-question]') ?? control
  for (const input of group.querySelectorAll<HTMLElement>('input, select, textarea')) input.setAttribute('aria-invalid', 'true')
  control.setAttribute('aria-invalid', 'true')
  const feedback = feedbackOf(control)
  if (feedback) {
    feedback.textContent = message
    feedback.hidden = false
  }
}

/** The error paragraph of a control: the id in its aria-describedby that ends in -error. */
function feedbackOf(control: HTMLElement): HTMLElement | null {
  const errorId = control.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-error'))
  return errorId ? document.getElementById(errorId) : null
}

function clearMarks(scope: Element): void {
  for (const control of scope.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid')
  for (const message of scope.querySelectorAll<HTMLElement>('.invalid-feedback')) hideFeedback(message)
}

function hideFeedback(message: HTMLElement): void {
  message.hidden = true
  message.textContent = ''
}
