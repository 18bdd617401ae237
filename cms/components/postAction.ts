/**
 * Posts one named action from an admin sidebar (cms/endpoints/namedAction.ts); resolves to the
 * Italian refusal to show, or null when it was done.
 */
export async function postAction(url: string, body: Record<string, unknown>): Promise<string | null> {
  try {
    const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (res.ok) return null
    const payload = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
    return payload?.errors?.[0]?.message ?? 'Operazione non riuscita: riprova.'
  } catch {
    return 'Il server non risponde: controlla la connessione e riprova.'
  }
}
