import { createECDH, randomBytes } from 'node:crypto'

import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { Desk } from './pages/Desk'

const marco = { fiscalCode: 'VLNMRC79H03B180T' }

/** A browser's subscription as PushSubscription.toJSON() gives it: a push service over https, a P-256 key, a 16-byte secret. */
function browserSubscription() {
  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  return { endpoint: `https://push.esempio.invalid/${randomBytes(8).toString('hex')}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } }
}

test('the desk offers web push without asking on load, lists the citizen’s devices and removes one on «Rimuovi»', async ({ page, baseURL }) => {
  const desk = new Desk(page)
  await page.goto('/area-personale/')
  await desk.logInWithSpid(marco.fiscalCode)
  await page.getByRole('tab', { name: 'Notifiche' }).click()
  const section = page.getByRole('region', { name: 'Notifiche su questo dispositivo' })
  // A live region of its own, apart from the preferences' status above it.
  const status = section.locator('#push-status')
  await expect(status).toHaveText('Le notifiche non sono attive su questo browser.')
  await expect(section.getByRole('button', { name: 'Attiva le notifiche su questo browser' })).toBeVisible()
  await expect(section.getByRole('button', { name: 'Disattiva su questo browser' })).toBeHidden()
  // Nothing is asked before the citizen presses the button.
  expect(await page.evaluate(() => Notification.permission)).toBe('default')
  expect((await new AxeBuilder({ page }).include('#push-optin').analyze()).violations).toEqual([])

  // A device subscribed elsewhere (another browser of Marco's) is listed, and «Rimuovi» stops it.
  const subscribed = await page.request.post('/api/me/notifiche-push', { data: { ...browserSubscription(), label: 'Firefox su Android' }, headers: { origin: baseURL! } })
  expect(subscribed.status()).toBe(201)
  await page.reload()
  const device = section.getByRole('listitem').filter({ hasText: 'Firefox su Android' })
  await expect(device).toBeVisible()
  expect((await new AxeBuilder({ page }).include('#push-optin').analyze()).violations).toEqual([])
  await device.getByRole('button', { name: 'Rimuovi Firefox su Android' }).click()
  await expect(status).toContainText('Dispositivo rimosso: non riceverà più notifiche.')
  await expect(section.getByRole('listitem')).toHaveCount(0)
  const state = await (await page.request.get('/api/me/notifiche-push')).json()
  expect(state.subscriptions).toEqual([])
})
