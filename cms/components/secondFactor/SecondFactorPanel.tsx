'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { secondFactorApi, secondFactorViews } from './paths'
import { postJson } from './postJson'
import { t } from './strings'

/**
 * The second factor on a staff account's page: its state, and what the viewer may do with it —
 * configure or renew one's own, turn it off (not for admins), or reset a colleague's (admins only).
 */
export function SecondFactorPanel() {
  const { config } = useConfig()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const enabled = useFormFields(([fields]) => Boolean(fields.secondFactorEnabled?.value))
  const roles = useFormFields(([fields]) => fields.roles?.value)
  const [code, setCode] = useState('')
  const [message, setMessage] = useState('')
  if (!id) return null

  const own = user?.id === id
  const viewerIsAdmin = Boolean((user as { roles?: string[] } | null)?.roles?.includes('admin'))
  const accountIsAdmin = Array.isArray(roles) && roles.includes('admin')
  const setupUrl = `${config.routes.admin}${secondFactorViews.setup}?redirect=${encodeURIComponent(`${config.routes.admin}/account`)}`

  async function act(url: string, body: Record<string, unknown> = {}) {
    const answer = await postJson(url, body)
    setMessage(answer.message)
    if (answer.ok) window.location.reload()
  }

  return (
    <div className="field-type second-factor-panel">
      <p className="field-label">{t.verifyTitle}</p>
      <p>{enabled ? t.panelOn : accountIsAdmin ? t.panelAdminOff : t.panelOff}</p>
      {own ? <a className="btn btn--style-secondary btn--size-small" href={setupUrl}>{enabled ? t.panelReconfigure : t.panelConfigure}</a> : null}
      {own && enabled && !accountIsAdmin ? (
        <div className="field-type text">
          <label className="field-label" htmlFor="second-factor-disable-code">{t.panelDisableCode}</label>
          <input id="second-factor-disable-code" type="text" autoComplete="one-time-code" value={code} onChange={(event) => setCode(event.target.value)} />
          <Button buttonStyle="secondary" size="small" disabled={!code.trim()} onClick={() => act(`${config.routes.api}${secondFactorApi.disable}`, { code })}>{t.panelDisable}</Button>
        </div>
      ) : null}
      {!own && viewerIsAdmin && enabled ? (
        <Button buttonStyle="secondary" size="small" onClick={() => window.confirm(t.panelResetConfirm) && act(`${config.routes.api}${secondFactorApi.reset(id)}`)}>{t.panelReset}</Button>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
