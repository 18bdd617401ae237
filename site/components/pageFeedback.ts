// The page-clarity form, enhanced: sent in the background so the citizen stays on the page and is thanked
// there. Without JavaScript the form posts as usual and the API redirects to /grazie-per-il-feedback/.
// The API answers a valid rating with a 303 redirect (an "opaqueredirect" to fetch with redirect: 'manual'),
// a refused one with its Italian message in JSON.
const form = document.querySelector<HTMLFormElement>('form.feedback')
const thanks = document.getElementById('feedback-thanks')
const questions = document.getElementById('feedback-questions')
const errorBox = document.getElementById('feedback-error')

if (form && thanks && questions && errorBox) {
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void send(form, thanks, questions, errorBox)
  })
}

async function send(form: HTMLFormElement, thanks: HTMLElement, questions: HTMLElement, errorBox: HTMLElement): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  if (button) button.disabled = true
  errorBox.hidden = true
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      redirect: 'manual',
    })
    if (response.type === 'opaqueredirect' || response.ok) {
      questions.hidden = true
      thanks.hidden = false
      thanks.focus()
      return
    }
    errorBox.textContent = (await messageOf(response)) ?? thanks.dataset.error ?? ''
  } catch {
    errorBox.textContent = thanks.dataset.error ?? ''
  }
  errorBox.hidden = false
  errorBox.focus()
  if (button) button.disabled = false
}

/** The API's Italian message ({ error: { message } }), if the answer carries one. */
async function messageOf(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } }
    return typeof body.error?.message === 'string' ? body.error.message : null
  } catch {
    return null
  }
}
