'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

import { secondFactorApi } from './paths'
import { postJson } from './postJson'
import { t } from './strings'

/** The code box of the verification view; on success the whole admin reloads, now signed in. */
export function VerifyForm({ redirectTo }: { redirectTo: string }) {
  const { config } = useConfig()
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const answer = await postJson(`${config.routes.api}${secondFactorApi.verify}`, { code })
    if (answer.ok) return window.location.assign(redirectTo)
    setBusy(false)
    setCode('')
    setError(answer.message)
  }

  async function signOut() {
    await postJson(`${config.routes.api}${secondFactorApi.logout}`)
    window.location.assign(`${config.routes.admin}/login`)
  }

  return (
    <form className="second-factor" onSubmit={submit} noValidate>
      <h1>{t.verifyTitle}</h1>
      <p>{t.verifyIntro}</p>
      <div className="field-type text">
        <label className="field-label" htmlFor="second-factor-code">{t.codeLabel}</label>
        <input id="second-factor-code" name="code" type="text" autoComplete="one-time-code" autoFocus required
          value={code} onChange={(event) => setCode(event.target.value)} aria-describedby={error ? 'second-factor-error' : undefined} />
      </div>
      {error ? <p id="second-factor-error" className="second-factor__error" role="alert">{error}</p> : null}
      <Button type="submit" size="large" disabled={busy || !code.trim()}>{t.verifyButton}</Button>
      <Button buttonStyle="secondary" size="large" onClick={signOut}>{t.signOut}</Button>
    </form>
  )
}
