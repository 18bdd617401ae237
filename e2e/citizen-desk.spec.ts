import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { Desk } from './pages/Desk'

const giovanna = { fiscalCode: 'CPTGNN85C54B180W', name: 'Giovanna Caputo' }

test('a citizen logs in with SPID, sees her name on static pages, edits her phone and logs out', async ({ page }) => {
  const desk = new Desk(page)
  await page.goto('/area-personale/')
  await expect(desk.lead()).toHaveText('Accedi con SPID o CIE per consultare le tue pratiche, i pagamenti e gli appuntamenti.')
  await desk.logInWithSpid(giovanna.fiscalCode)
  await expect(page.getByRole('heading', { name: 'Ciao, Giovanna' })).toBeVisible()
  // Once in, the lead says what the desk holds instead of asking to log in.
  await expect(desk.lead()).toHaveText(/^Questa è la tua scrivania: qui trovi i tuoi dati, le pratiche, i pagamenti/)
  await expect(page.getByRole('tabpanel', { name: 'I miei dati' })).toContainText(giovanna.fiscalCode)

  // The header of a static page shows who is logged in.
  await page.goto('/servizi/')
  await expect(page.locator('#sportello-login a[data-logged-in]')).toContainText(giovanna.name)

  await page.goto('/area-personale/')
  const phone = desk.contactField('Telefono')
  const email = desk.contactField('Email')
  const save = page.getByRole('button', { name: 'Salva i recapiti' })
  const summary = page.locator('#contacts-errors')
  const phoneError = page.locator('#contact-phone-error')
  const emailError = page.locator('#contact-email-error')
  const savedEmail = await email.inputValue()
  await phone.fill('12ab')
  await save.click()
  await expect(page.getByRole('alert')).toContainText('Numero di telefono non valido')
  await expect(phone).toHaveAttribute('aria-invalid', 'true')
  await expect(phoneError).toBeVisible()
  await expect(phoneError).toContainText('Numero di telefono non valido')
  // Corrected and sent again, the error is gone: the summary, the field's mark and its message.
  await phone.fill('+39 333 7654321')
  await save.click()
  await expect(page.getByRole('status').filter({ hasText: 'Recapiti salvati.' })).toBeVisible()
  await expect(summary).toBeHidden()
  await expect(phoneError).toBeHidden()
  await expect(page.getByText('Numero di telefono non valido')).toHaveCount(0)
  await expect(phone).not.toHaveAttribute('aria-invalid')

  // Two errors, one corrected: sent again, only the other one is left.
  await phone.fill('12ab')
  await email.fill('giovanna@')
  await save.click()
  await expect(summary.getByRole('listitem')).toHaveCount(2)
  await expect(emailError).toContainText('Indirizzo email non valido')
  await phone.fill('+39 333 7654321')
  await save.click()
  await expect(summary.getByRole('listitem')).toHaveCount(1)
  await expect(summary).toContainText('Indirizzo email non valido')
  await expect(phoneError).toBeHidden()
  await expect(phone).not.toHaveAttribute('aria-invalid')
  await expect(emailError).toBeVisible()
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await email.fill(savedEmail)
  await save.click()
  await expect(page.getByRole('status').filter({ hasText: 'Recapiti salvati.' })).toBeVisible()
  await expect(summary).toBeHidden()
  await expect(emailError).toBeHidden()
  await expect(email).not.toHaveAttribute('aria-invalid')
  await page.reload()
  await expect(desk.contactField('Telefono')).toHaveValue('+39 333 7654321')

  // The other sections say plainly that there is nothing yet.
  await desk.tab('Le mie pratiche').click()
  await expect(page.getByRole('tabpanel', { name: 'Le mie pratiche' })).toContainText('Non hai ancora presentato domande online')

  await page.getByRole('button', { name: 'Esci', exact: true }).click()
  await expect(page).toHaveURL(/accesso=uscita/)
  await expect(page.getByText('Sei uscito dall’area personale.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Entra con SPID' })).toBeVisible()
  // The desk's API now refuses access.
  const me = await page.request.get('/api/me')
  expect(me.status()).toBe(401)
  await page.goto('/servizi/')
  await expect(page.locator('#sportello-login a[data-logged-in]')).toHaveCount(0)
})

test('cancelling at the identity provider brings the citizen back with a message', async ({ page }) => {
  await page.goto('/area-personale/')
  await page.getByRole('link', { name: 'Entra con CIE' }).click()
  await page.getByRole('button', { name: 'Annulla' }).click()
  await expect(page).toHaveURL(/accesso=annullato/)
  await expect(page.getByText('Hai annullato l’accesso.')).toBeVisible()
})

test('the desk has no WCAG 2.1 AA violations, logged out and logged in', async ({ page }) => {
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  await page.goto('/area-personale/')
  expect((await axe()).violations.map((v) => v.id)).toEqual([])
  await new Desk(page).logInWithSpid('VLNMRC79H03B180T')
  await expect(page.getByRole('heading', { name: 'Ciao, Marco' })).toBeVisible()
  expect((await axe()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('each section of the desk has its own address: tabs, back and forward, reload, links and login lead there', async ({ page }) => {
  const desk = new Desk(page)
  await desk.logInWithSpid(giovanna.fiscalCode)
  await desk.expectSection('I miei dati', '/area-personale/')

  await desk.tab('I miei pagamenti').click()
  await desk.expectSection('I miei pagamenti', '/area-personale/pagamenti/')
  await expect(page).toHaveTitle(/^I miei pagamenti - Area personale - /)
  await desk.tab('Appuntamenti').click()
  await desk.expectSection('Appuntamenti', '/area-personale/appuntamenti/')
  // The arrow keys move between the tabs and their addresses too.
  await desk.tab('Appuntamenti').press('ArrowRight')
  await desk.expectSection('Messaggi', '/area-personale/messaggi/')
  await expect(desk.tab('Messaggi')).toBeFocused()

  await page.goBack()
  await desk.expectSection('Appuntamenti', '/area-personale/appuntamenti/')
  await page.goBack()
  await desk.expectSection('I miei pagamenti', '/area-personale/pagamenti/')
  await page.goBack()
  await desk.expectSection('I miei dati', '/area-personale/')
  await expect(page).toHaveTitle(/^Area personale - /)
  await page.goForward()
  await desk.expectSection('I miei pagamenti', '/area-personale/pagamenti/')

  // Reloading keeps the section; so does opening its address directly.
  await page.reload()
  await desk.expectSection('I miei pagamenti', '/area-personale/pagamenti/')
  await page.goto('/area-personale/pratiche/')
  await desk.expectSection('Le mie pratiche', '/area-personale/pratiche/')
  await expect(desk.panel('Le mie pratiche')).toContainText('Non hai ancora presentato domande online')

  // Every tab is a link to its section's address (a new browser tab opens it too).
  for (const [name, path] of [['I miei dati', '/area-personale/'], ['Le mie pratiche', '/area-personale/pratiche/'], ['I miei pagamenti', '/area-personale/pagamenti/'], ['Appuntamenti', '/area-personale/appuntamenti/'], ['Messaggi', '/area-personale/messaggi/'], ['Documenti', '/area-personale/documenti/'], ['Segnalazioni', '/area-personale/segnalazioni/'], ['Assistenza', '/area-personale/assistenza/']] as const) {
    await expect(desk.tab(name)).toHaveAttribute('href', path)
  }

  // "Torna ai tuoi pagamenti", on the page pagoPA sends the citizen back to, lands on the payments.
  await page.goto('/area-personale/pagamento/?posizione=999999&esito=annullato')
  await page.getByRole('link', { name: 'Torna ai tuoi pagamenti' }).click()
  await desk.expectSection('I miei pagamenti', '/area-personale/pagamenti/')

  // The page of a practice leads back to "Le mie pratiche" in its breadcrumb.
  await page.goto('/area-personale/pratica/?id=999999')
  await page.getByRole('navigation', { name: /percorso|briciole/i }).getByRole('link', { name: 'Le mie pratiche' }).click()
  await desk.expectSection('Le mie pratiche', '/area-personale/pratiche/')
})

test('logging in from a section’s address comes back to that section', async ({ page }) => {
  const desk = new Desk(page)
  await page.goto('/area-personale/documenti/')
  await expect(page.getByRole('link', { name: 'Entra con SPID' })).toHaveAttribute('href', /ritorno=%2Farea-personale%2Fdocumenti%2F/)
  await desk.logInFrom('/area-personale/documenti/', 'VLNMRC79H03B180T')
  await expect(page.getByRole('heading', { name: 'Ciao, Marco' })).toBeVisible()
  await desk.expectSection('Documenti', '/area-personale/documenti/')
})

test('Messaggi says how many messages are new, as text, until the citizen reads them', async ({ page }) => {
  const desk = new Desk(page)
  // Niccolò (no other test logs in as him) starts with every message read.
  await desk.logInFrom('/area-personale/messaggi/', 'DMCNCL80D25B180A')
  await desk.expectSection('Messaggi', '/area-personale/messaggi/')
  const count = desk.tab('Messaggi').locator('[data-unread]')
  await expect(count).toBeHidden()

  // Two requests to the URP: the Comune's acknowledgements land in his messages.
  for (const text of ['Vorrei sapere gli orari dell’anagrafe di Tuturano.', 'Come richiedo il contrassegno per disabili?']) {
    await page.goto('/richiedi-assistenza/')
    await page.getByLabel(/^Argomento/).selectOption({ index: 1 })
    await page.getByLabel(/^La tua richiesta/).fill(text)
    await page.getByRole('button', { name: 'Invia la richiesta' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Richiesta inviata')
  }

  await page.goto('/area-personale/')
  await expect(page.getByRole('heading', { name: 'Ciao, Niccolò' })).toBeVisible()
  await expect(count).toBeVisible()
  await expect(count).toHaveText('2 non letti')
  // What a screen reader hears, and what one sees: the number, not only a colour.
  await expect(desk.tab('Messaggi')).toHaveAccessibleName(/^Messaggi\s+2 non letti$/)
  // On screen the badge shows the number itself; the words are for screen readers only.
  expect(await count.evaluate((badge) => badge.firstChild?.textContent)).toBe('2')
  await expect(count.locator('.visually-hidden')).toHaveText(' non letti')
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])

  // Opening Messaggi reads them: the count goes, the messages stay marked "Nuovo" for this visit.
  await desk.tab('Messaggi').click()
  await expect(desk.panel('Messaggi').getByText('Nuovo', { exact: true })).toHaveCount(2)
  await expect(count).toBeHidden()
  await expect(desk.tab('Messaggi')).toHaveAccessibleName('Messaggi')
  await page.reload()
  await desk.expectSection('Messaggi', '/area-personale/messaggi/')
  await expect(desk.panel('Messaggi').getByRole('listitem').first()).toBeVisible()
  await expect(desk.panel('Messaggi').getByText('Nuovo', { exact: true })).toHaveCount(0)
  await expect(count).toBeHidden()
})
