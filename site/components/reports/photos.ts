// The photos' names under the design system's upload button, since the real file input is hidden by its look.
const input = document.getElementById('segnala-foto') as HTMLInputElement | null
const list = document.getElementById('segnala-foto-elenco')
input?.addEventListener('change', () => {
  list?.replaceChildren(...[...(input.files ?? [])].map((file) => {
    const item = document.createElement('li')
    item.className = 'upload-file success'
    item.textContent = `${file.name} (${Math.max(1, Math.round(file.size / 1024))} kB)`
    return item
  }))
})
