import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { e2e } from '../playwright.config'
import { Desk } from './pages/Desk'
import { createOfficeWithOnlineService, submitThroughApi } from './pages/PracticeQueue'

const giovanna = 'CPTGNN85C54B180W'

test('an application received reaches the citizen’s IO app: the IO stand-in’s page shows the message, in Italian and accessible', async ({ page, request }) => {
  test.setTimeout(180_000)
  const { serviceSlug } = await createOfficeWithOnlineService(request, Date.now())
  await new Desk(page).logInWithSpid(giovanna)
  const protocol = await submitThroughApi(page, serviceSlug, 'Richiesta per provare l’app IO')

  // The publisher's queue delivers on IO (Giovanna has the app with the Comune's service on): the stand-in shows it.
  const inbox = `${e2e.ioUrl}/messaggi?cf=${giovanna}`
  await expect.poll(async () => (await request.get(inbox)).text(), { timeout: 60_000 }).toContain(protocol)
  await page.goto(inbox)
  await expect(page.getByRole('note')).toContainText('AMBIENTE DI PROVA')
  await expect(page.getByRole('heading', { name: `Messaggi di ${giovanna}` })).toBeVisible()
  await expect(page.locator('article').filter({ hasText: protocol })).toHaveCount(1)
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([])
})
