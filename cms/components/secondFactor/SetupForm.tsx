'use client'
import { Button, useConfig } from '@payloadcms/ui'
import qrcode from 'qrcode-generator'
import { useEffect, useState, type FormEvent } from 'react'

import { secondFactorApi } from './paths'
import { postJson } from './postJson'
import { t } from './strings'

type Key = { secret: string; uri: string }

// Drawn here, in the browser, from the otpauth:// address: no image is fetched from anywhere.
function qrDataUrl(uri: string): string {
  const qr = qrcode(0, 'M')
  qr.addData(uri)
  qr.make()
  return qr.createDataURL(5, 4)
}

/** Enrolment: a new key (QR code and text), the first code to confirm it, then the recovery codes once. */
export function SetupForm({ redirectTo, required }: { redirectTo: string; required: boolean }) {
  const { config } = useConfig()
  const [key, setKey] = useState<Key | null>(null)
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)

  useEffect(() => {
    void postJson(`${config.routes.api}${secondFactorApi.setup}`).then((answer) => {
      if (answer.ok) setKey({ secret: String(answer.body.secret), uri: String(answer.body.uri) })
      else setError(answer.message)
    })
  }, [config.routes.api])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const answer = await postJson(`${config.routes.api}${secondFactorApi.confirm}`, { code })
    setBusy(false)
    if (answer.ok && Array.isArray(answer.body.recoveryCodes)) return setRecoveryCodes(answer.body.recoveryCodes.map(String))
    setCode('')
    setError(answer.message)
  }

  if (recoveryCodes) {
    return (
      <div className="second-factor">
        <h1>{t.recoveryTitle}</h1>
        <p>{t.recoveryIntro}</p>
        <ul className="second-factor__codes" aria-label={t.recoveryTitle}>{recoveryCodes.map((c) => <li key={c}><code>{c}</code></li>)}</ul>
        <Button size="large" onClick={() => window.location.assign(redirectTo)}>{t.recoveryDone}</Button>
      </div>
    )
  }

  return (
    <form className="second-factor" onSubmit={submit} noValidate>
      <h1>{t.setupTitle}</h1>
      {required ? <p><strong>{t.setupRequired}</strong></p> : null}
      <p>{t.setupIntro}</p>
      {key ? (
        <>
          <img className="second-factor__qr" src={qrDataUrl(key.uri)} alt={t.qrAlt} />
          <p>{t.secretLabel}: <code className="second-factor__secret" data-secret={key.secret}>{key.secret.match(/.{1,4}/g)?.join(' ')}</code></p>
          <div className="field-type text">
            <label className="field-label" htmlFor="second-factor-code">{t.codeLabel}</label>
            <input id="second-factor-code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" required
              value={code} onChange={(event) => setCode(event.target.value)} aria-describedby={error ? 'second-factor-error' : undefined} />
          </div>
        </>
      ) : <p>{error ? null : t.preparing}</p>}
      {error ? <p id="second-factor-error" className="second-factor__error" role="alert">{error}</p> : null}
      <Button type="submit" size="large" disabled={busy || !key || !code.trim()}>{t.confirmButton}</Button>
    </form>
  )
}
