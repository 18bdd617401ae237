// bootstrap-italia's upload component hides the native file input behind a button-like label, so
// the names of the files chosen (sent later, with the form) are listed here, as its file list does.
import { bytesToSize } from '../../lib/bytesToSize'

/** Keeps `list` (a ul.upload-file-list) showing the files chosen in `input`. */
export function listChosenFiles(input: HTMLInputElement, list: HTMLElement): void {
  const render = () => list.replaceChildren(...[...(input.files ?? [])].map((file) => {
    const item = Object.assign(document.createElement('li'), { className: 'upload-file' })
    item.append(Object.assign(document.createElement('p'), { className: 'mb-0', textContent: `${file.name} (${bytesToSize(file.size)})` }))
    return item
  }))
  input.addEventListener('change', render)
  // A reset empties the input without a change event; the list follows once it has.
  input.form?.addEventListener('reset', () => setTimeout(render))
  render()
}
