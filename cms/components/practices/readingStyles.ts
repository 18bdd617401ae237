import type { CSSProperties } from 'react'

// The application's page is read all day: Payload's own colours and spacing (so light and dark
// themes follow), a readable measure, labels quieter than the answers they introduce.

const line = '1px solid var(--theme-elevation-150)'

/** Inline styles of the application's reading view (the admin's CSP allows style attributes). */
export const styles = {
  root: { display: 'grid', gap: 'calc(var(--base) * 1.5)', marginBottom: 'calc(var(--base) * 2)', maxWidth: '60rem' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', alignItems: 'center' },
  button: {
    display: 'inline-block', padding: 'calc(var(--base) * 0.4) calc(var(--base) * 0.8)', borderRadius: 'var(--style-radius-s, 4px)',
    background: 'var(--theme-elevation-800)', color: 'var(--theme-elevation-0)', textDecoration: 'none', fontWeight: 600,
  },
  card: { border: line, borderRadius: 'var(--style-radius-m, 6px)', padding: 'var(--base)', background: 'var(--theme-elevation-50)' },
  h2: { fontSize: '1.35rem', margin: '0 0 calc(var(--base) * 0.5)' },
  h3: { fontSize: '1.1rem', margin: '0 0 calc(var(--base) * 0.5)' },
  list: { display: 'grid', gridTemplateColumns: 'minmax(12rem, 1fr) 2fr', margin: 0 },
  term: { padding: 'calc(var(--base) * 0.4) calc(var(--base) * 0.5) calc(var(--base) * 0.4) 0', borderTop: line, color: 'var(--theme-elevation-600)' },
  help: { display: 'block', fontSize: '0.85em', color: 'var(--theme-elevation-500)', marginTop: '0.2em' },
  value: { padding: 'calc(var(--base) * 0.4) 0', borderTop: line, margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: 'var(--theme-elevation-1000)' },
  files: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--base)' },
  file: { border: line, borderRadius: 'var(--style-radius-m, 6px)', padding: 'var(--base)', background: 'var(--theme-elevation-0)' },
  hash: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: '0.85em', overflowWrap: 'anywhere' },
  meta: { color: 'var(--theme-elevation-600)', margin: 'calc(var(--base) * 0.25) 0' },
  image: { display: 'block', maxWidth: '100%', maxHeight: '32rem', marginTop: 'calc(var(--base) * 0.5)', border: line },
  frame: { display: 'block', width: '100%', height: '36rem', marginTop: 'calc(var(--base) * 0.5)', border: line, background: 'var(--theme-elevation-0)' },
} satisfies Record<string, CSSProperties>
