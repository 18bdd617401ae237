'use client'

import { useState } from 'react'

import { postAction } from './postAction'

/** Above "Pubblicazioni del sito": ask for a full rebuild (every page rendered again), with the outcome said aloud. */
export function FullRebuildButton() {
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null })
  const ask = async () => {
    setState({ busy: true, message: null })
    const refusal = await postAction('/api/site-builds/ricostruisci', {})
    setState({ busy: false, message: refusal ?? 'Ricostruzione completa in coda: il sito resta quello attuale finché non è pronta. Aggiorna l’elenco per seguirla.' })
  }
  return (
    <div style={{ margin: '0 0 1rem' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={ask} disabled={state.busy}>
        Ricostruisci tutto il sito
      </button>{' '}
      <span>Di norma ogni pubblicazione ridisegna solo le pagine che cambiano; qui si ridisegnano tutte.</span>
      <p role="status" aria-live="polite" style={{ margin: '0.5rem 0 0' }}>{state.message}</p>
    </div>
  )
}
