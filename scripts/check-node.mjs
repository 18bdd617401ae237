// Fails fast when npm runs with a Node older than the one Sportello needs.
// The exact Node 24 comes from the `node` dev dependency; this guards against a broken install.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Sportello richiede Node.js 22.12 o successivo (in uso: ${process.version}).\n` +
      'Esegui i comandi con npm (npm start, npm test) così da usare il Node fissato in package.json, ' +
      'oppure reinstalla con "npm ci".',
  )
  process.exit(1)
}
