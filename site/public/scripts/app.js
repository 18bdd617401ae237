// Installs the service worker (/sw.js) once the page has loaded: pages kept for reading offline. Without it
// (no JavaScript, an old browser) every page works the same, only online.
if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}))
