import { expect, test, type Browser, type Page } from '@playwright/test'

import { chooseRelation, seedDemoContent, signIn } from './helpers'

test.describe.configure({ mode: 'serial' })

const title = `Why hills make your legs heavy ${Date.now().toString(36)}`
let articleUrl = ''

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, email)
  return page
}

/** Autosave runs two seconds after the last change; wait for it so the server has the edit. */
async function waitForAutosave(page: Page) {
  await page.waitForResponse((response) => response.url().includes('autosave=true') && response.ok(), {
    timeout: 20_000,
  })
}

async function stageIs(page: Page, label: string) {
  await expect(page.locator('.legwork-workflow__stage')).toContainText(label)
}

test.beforeAll(() => {
  seedDemoContent()
})

test('a writer drafts an article and submits it for review', async ({ browser }) => {
  const page = await as(browser, 'writer@legwork.test')
  await page.goto('/admin/collections/articles/create')
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/)
  articleUrl = new URL(page.url()).pathname

  await page.locator('#field-title').fill(title)
  await page.locator('#field-excerpt').fill('Climbing loads the calves and thighs differently from flat running.')
  await chooseRelation(page, 'field-author', 'Tom Reyes')
  await page.getByRole('button', { name: 'Add Reason' }).click()
  // Reasons start collapsed so a long article stays scannable; a new one may open by itself.
  const cause = page.locator('#field-reasons__0__cause .rs__control')
  await expect(async () => {
    if (!(await cause.isVisible())) {
      await page.locator('#field-reasons').getByRole('button', { name: 'Toggle block' }).first().click()
    }
    await expect(cause).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
  await chooseRelation(page, 'field-reasons__0__cause', 'Overtraining')
  await waitForAutosave(page)

  // Writers get no Publish button: the server would refuse them anyway.
  await expect(page.getByRole('button', { name: /publish/i })).toHaveCount(0)
  await stageIs(page, 'Draft')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await stageIs(page, 'In review')
  await expect(page.getByRole('button', { name: 'Submit for review' })).toHaveCount(0)
})

test('an editor requests changes with a note', async ({ browser }) => {
  const page = await as(browser, 'editor@legwork.test')
  await page.goto(articleUrl)
  await stageIs(page, 'In review')
  await page.getByRole('button', { name: 'Request changes' }).click()
  await page.getByLabel('What needs to change?').fill('Add a sentence on walking the steepest parts.')
  await page.getByRole('button', { name: 'Request changes' }).click()
  await stageIs(page, 'Changes requested')
})

test('the writer reads the note, revises and resubmits', async ({ browser }) => {
  const page = await as(browser, 'writer@legwork.test')
  await page.goto(articleUrl)
  await stageIs(page, 'Changes requested')
  await page.getByRole('button', { name: 'Workflow history', exact: true }).click()
  await expect(page.locator('.legwork-history')).toContainText('Add a sentence on walking the steepest parts.')
  await page.getByRole('button', { name: 'Story', exact: true }).click()

  await page.locator('#field-excerpt').fill('Climbing loads the legs differently; walking the steepest parts is fine.')
  await waitForAutosave(page)
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await stageIs(page, 'In review')
})

test('the editor approves and publishes, and readers can fetch it', async ({ browser, request }) => {
  const page = await as(browser, 'editor@legwork.test')
  await page.goto(articleUrl)
  await page.getByRole('button', { name: 'Approve' }).click()
  await stageIs(page, 'Approved')

  await page
    .getByRole('button', { name: /^publish/i })
    .first()
    .click()
  await expect(page.locator('.doc-controls__status')).toContainText('Published')
  await page.reload()
  await stageIs(page, 'Published')

  const id = articleUrl.split('/').pop()
  const response = await request.get(`/api/articles/${id}`)
  expect(response.status()).toBe(200)
  const article = await response.json()
  expect(article.title).toBe(title)
  expect(article.excerpt).toContain('walking the steepest parts')
  expect(article.stage).toBeUndefined()
})
