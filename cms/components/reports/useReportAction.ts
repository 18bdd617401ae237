'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** What the last action said: done, or refused with Italian words. */
export type Outcome = { error: boolean; text: string } | null

/**
 * Runs the office's named actions on one report (POST /api/reports/:id/<name>) with the version the
 * page holds — the one it was drawn from, then each action's own — so a stale page gets the 409.
 */
export function useReportAction(id: string | number, savedVersion: number) {
  const router = useRouter()
  const [version, setVersion] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const run = async (name: string, body: Record<string, unknown>, done: string): Promise<boolean> => {
    if (busy) return false
    setBusy(true)
    try {
      const res = await fetch(`/api/reports/${id}/${name}`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...body, version: version ?? savedVersion }) })
      const json = (await res.json().catch(() => null)) as { doc?: { version?: number }; errors?: { message?: string }[] } | null
      if (!res.ok) {
        setOutcome({ error: true, text: json?.errors?.[0]?.message ?? 'Operazione non riuscita: riprova.' })
        return false
      }
      if (typeof json?.doc?.version === 'number') setVersion(json.doc.version)
      setOutcome({ error: false, text: done })
      router.refresh()
      return true
    } catch {
      setOutcome({ error: true, text: 'Il server non risponde: controlla la connessione e riprova.' })
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, outcome, run }
}

/** JSON of a GET in the admin, or null. */
export async function getJson<T>(url: string): Promise<T | null> {
  const res = await fetch(url, { credentials: 'include' }).catch(() => null)
  return res?.ok ? ((await res.json()) as T) : null
}

/** What each of the report page's forms is given. */
export type ReportFormProps = { report: import('../../payload-types').Report; action: ReturnType<typeof useReportAction>; disabled: boolean }
