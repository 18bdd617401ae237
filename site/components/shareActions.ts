// "Stampa la pagina": shown only when JavaScript can run it (the print stylesheet prints the content only).
for (const button of document.querySelectorAll<HTMLButtonElement>('button.print-page')) {
  button.hidden = false
  button.addEventListener('click', () => window.print())
}
