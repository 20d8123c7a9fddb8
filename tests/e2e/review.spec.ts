import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
  type TestInfo,
} from '@playwright/test'

import { SEED_PASSWORD, seedDemoContent, signIn } from './helpers'

/**
 * Issue 11, items 1–3, as the people in the newsroom meet them in the admin: nothing typed is lost
 * when a workflow button is pressed; review cannot be skipped; each person sees only what they can do.
 */
const run = Date.now().toString(36)
const WIDTHS = [1440, 390] as const

test.beforeAll(() => {
  seedDemoContent()
})

const opened: BrowserContext[] = []
test.afterEach(async () => {
  await Promise.all(opened.splice(0).map((context) => context.close()))
})

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  opened.push(context)
  const page = await context.newPage()
  await signIn(page, email)
  return page
}

async function tokenOf(request: APIRequestContext, email: string) {
  const response = await request.post('/api/users/login', { data: { email, password: SEED_PASSWORD } })
  return { Authorization: `JWT ${(await response.json()).token}` }
}

/** A fresh article by the demo writer, saved as a draft over REST; its id. */
async function writersDraft(request: APIRequestContext, title: string): Promise<number> {
  const headers = await tokenOf(request, 'writer@legwork.test')
  const author = (await (await request.get('/api/authors?limit=1&depth=0', { headers })).json()).docs[0].id
  const causes = (await (await request.get('/api/causes?limit=2&depth=0', { headers })).json()).docs
  const created = await request.post('/api/articles?draft=true', {
    headers,
    data: {
      title,
      excerpt: 'The first excerpt.',
      author,
      reasons: causes.map((cause: { id: number }) => ({ cause: cause.id })),
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  return (await created.json()).doc.id
}

async function act(request: APIRequestContext, email: string, id: number, workflowAction: string) {
  const response = await request.patch(`/api/articles/${id}?draft=true`, {
    headers: await tokenOf(request, email),
    data: { workflowAction },
  })
  expect(response.status(), await response.text()).toBe(200)
}

async function draftOnServer(request: APIRequestContext, id: number) {
  const headers = await tokenOf(request, 'editor@legwork.test')
  return (await request.get(`/api/articles/${id}?draft=true&depth=0`, { headers })).json()
}

const stage = (page: Page) => page.locator('.legwork-workflow__stage')
const publishButton = (page: Page) => page.locator('#action-save')

/** The page at both widths, into the test's output and the report. */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 1000 })
    const path = testInfo.outputPath(`${name}-${width}.png`)
    await page.screenshot({ path, fullPage: width === 390 })
    await testInfo.attach(`${name} at ${width}px`, { path, contentType: 'image/png' })
  }
  await page.setViewportSize({ width: 1440, height: 1000 })
}

test.describe('no lost words', () => {
  /**
   * Types in the excerpt and presses the button at once (long before autosave), then checks that
   * the stage moved and the words are there, on the page after its reload and on the server.
   */
  async function typeThenPress(page: Page, id: number, button: string, expectedStage: string, note?: string) {
    await page.goto(`/admin/collections/articles/${id}`)
    const words = `Typed just before pressing ${button} (${run}).`
    await page.locator('#field-excerpt').fill(words)
    await expect(page.getByText('Your unsaved changes are saved with the action.')).toBeVisible()
    await page.getByRole('button', { name: button, exact: true }).click()
    if (note) {
      await page.getByLabel('What needs to change?').fill(note)
      await page.getByRole('button', { name: button, exact: true }).click()
    }
    await expect(stage(page)).toContainText(expectedStage)
    await expect(page.locator('#field-excerpt')).toHaveValue(words)
    return words
  }

  test('each workflow button saves what was typed with the action', async ({ browser, request }) => {
    const id = await writersDraft(request, `Why long runs feel longer in the heat ${run}`)
    const writer = await as(browser, 'writer@legwork.test')
    let words = await typeThenPress(writer, id, 'Submit for review', 'In review')
    expect((await draftOnServer(request, id)).excerpt).toBe(words)

    const editor = await as(browser, 'editor@legwork.test')
    words = await typeThenPress(editor, id, 'Request changes', 'Changes requested', 'Name the heat index.')
    expect(await draftOnServer(request, id)).toMatchObject({ excerpt: words, stage: 'changes_requested' })

    await act(request, 'writer@legwork.test', id, 'submit')
    words = await typeThenPress(editor, id, 'Withdraw', 'Draft')
    expect(await draftOnServer(request, id)).toMatchObject({ excerpt: words, stage: 'draft' })

    await act(request, 'writer@legwork.test', id, 'submit')
    words = await typeThenPress(editor, id, 'Approve', 'Approved')
    // What the editor typed is part of what was approved: the article stays approved.
    expect(await draftOnServer(request, id)).toMatchObject({ excerpt: words, stage: 'approved' })
  })
})

test.describe('review that cannot be skipped', () => {
  test('an editor gets no Publish button until the article is approved, and is told why', async ({
    browser,
    request,
  }, testInfo) => {
    const id = await writersDraft(request, `How cadence changes on hills ${run}`)
    const editor = await as(browser, 'editor@legwork.test')
    await editor.goto(`/admin/collections/articles/${id}`)
    await expect(stage(editor)).toContainText('Draft')
    await expect(editor.locator('.legwork-workflow__explain')).toHaveText(
      'It is a draft: publishing needs an approved article, so submit it for review and have an editor approve it.',
    )
    await expect(publishButton(editor)).toHaveCount(0)
    // The excerpt is not part of the reading; the reasons have no text yet.
    await expect(editor.locator('.legwork-workflow__count')).toHaveText('No text yet')
    await screenshots(editor, testInfo, 'editor-draft')

    await act(request, 'writer@legwork.test', id, 'submit')
    await editor.reload()
    await expect(publishButton(editor)).toHaveCount(0)
    await editor.getByRole('button', { name: 'Approve', exact: true }).click()
    await expect(stage(editor)).toContainText('Approved')
    await expect(publishButton(editor)).toBeVisible()
    await screenshots(editor, testInfo, 'editor-approved')

    // A change to the approved text takes the approval away as soon as it is saved.
    await editor.locator('#field-title').fill(`How cadence changes on steep hills ${run}`)
    await expect(stage(editor)).toContainText('In review', { timeout: 20_000 })
    await expect(publishButton(editor)).toHaveCount(0)
    await editor.getByRole('button', { name: 'Workflow history', exact: true }).click()
    await expect(editor.locator('.legwork-history')).toContainText('Changed after approval (title): back to review.')
  })

  test('an admin publishes without review only with a note, kept in the history', async ({ browser, request }) => {
    const id = await writersDraft(request, `Why your watch disagrees with the track ${run}`)
    const admin = await as(browser, 'admin@legwork.test')
    await admin.goto(`/admin/collections/articles/${id}`)
    await expect(publishButton(admin)).toHaveCount(0)
    await admin.getByRole('button', { name: 'Publish without review' }).click()
    await admin.getByLabel('Why publish without review?').fill('The old page gave a wrong pace table.')
    await admin.getByRole('button', { name: 'Publish without review' }).click()
    await expect(stage(admin)).toContainText('Published')
    const headers = await tokenOf(request, 'admin@legwork.test')
    const article = await (await request.get(`/api/articles/${id}?depth=0`, { headers })).json()
    expect(article.history.at(-1)).toMatchObject({
      from: 'draft',
      to: 'published',
      note: 'Published without review: The old page gave a wrong pace table.',
    })
    expect((await request.get(`/api/articles/${id}`)).status()).toBe(200)
  })
})

test.describe('people see only what they can do', () => {
  test('a writer is offered no bulk Edit, Publish or Unpublish in the list', async ({ browser }, testInfo) => {
    const writer = await as(browser, 'writer@legwork.test')
    await writer.goto('/admin/collections/articles')
    await writer.locator('tbody tr').first().getByRole('checkbox').check()
    await expect(writer.locator('.list-selection')).toContainText('selected')
    for (const name of ['Edit', 'Publish', 'Unpublish']) {
      await expect(writer.getByRole('button', { name, exact: true })).toHaveCount(0)
    }
    await screenshots(writer, testInfo, 'writer-list-selection')
  })

  test('a writer’s submitted article says why it is locked and offers Withdraw', async ({
    browser,
    request,
  }, testInfo) => {
    const id = await writersDraft(request, `What a side stitch is ${run}`)
    await act(request, 'writer@legwork.test', id, 'submit')
    const writer = await as(browser, 'writer@legwork.test')
    await writer.goto(`/admin/collections/articles/${id}`)
    await expect(writer.locator('.legwork-workflow__explain')).toHaveText(
      'Submitted: the article is locked while an editor reviews it. Withdraw it to keep editing.',
    )
    await expect(writer.locator('#field-excerpt')).toBeDisabled()
    await expect(publishButton(writer)).toHaveCount(0)
    await screenshots(writer, testInfo, 'writer-in-review')

    await writer.getByRole('button', { name: 'Withdraw', exact: true }).click()
    await expect(stage(writer)).toContainText('Draft')
    await expect(writer.locator('#field-excerpt')).toBeEnabled()
    await writer.getByRole('button', { name: 'Workflow history', exact: true }).click()
    await expect(writer.locator('.legwork-history')).toContainText('In review → Draft')
  })

  test('after “request changes” the writer reads the editor’s note beside the form', async ({ browser, request }) => {
    const id = await writersDraft(request, `Why your heart rate drifts ${run}`)
    await act(request, 'writer@legwork.test', id, 'submit')
    await request.patch(`/api/articles/${id}?draft=true`, {
      headers: await tokenOf(request, 'editor@legwork.test'),
      data: { workflowAction: 'request_changes', workflowNote: 'Explain cardiac drift in one sentence first.' },
    })
    const writer = await as(browser, 'writer@legwork.test')
    await writer.goto(`/admin/collections/articles/${id}`)
    await expect(writer.locator('.legwork-workflow__request')).toContainText(
      'Explain cardiac drift in one sentence first.',
    )
  })
})

test.describe('scheduling', () => {
  test('an approved article is scheduled to the minute on the newsroom’s clock, and the schedule can be cancelled', async ({
    browser,
    request,
  }, testInfo) => {
    const id = await writersDraft(request, `When to eat before a race ${run}`)
    await act(request, 'writer@legwork.test', id, 'submit')
    await act(request, 'editor@legwork.test', id, 'approve')
    const editor = await as(browser, 'editor@legwork.test')
    await editor.goto(`/admin/collections/articles/${id}`)
    // Payload's schedule drawer (unpublish first, no time zone, five-minute steps) is gone.
    await expect(editor.locator('#action-save')).toBeVisible()
    await expect(editor.locator('.btn--withPopup')).toHaveCount(0)

    await editor.getByRole('button', { name: 'Schedule…' }).click()
    const panel = editor.locator('.legwork-schedule')
    // Never published: publishing is the only thing a schedule can do.
    await expect(panel.getByText('Publish at:')).toBeVisible()
    await expect(panel.getByRole('radio')).toHaveCount(0)
    const input = panel.getByLabel(/Date and time \(.+\)/)
    await expect(input).toHaveAttribute('step', '60')
    const zone = /\((.+)\)/.exec((await panel.locator('label').textContent()) ?? '')![1]!
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10)
    await input.fill(`${tomorrow}T09:07`)
    await screenshots(editor, testInfo, 'editor-schedule')
    await panel.getByRole('button', { name: 'Schedule publish' }).click()
    await expect(panel.locator('.legwork-schedule__upcoming')).toContainText('Publish on')
    await expect(panel.locator('.legwork-schedule__upcoming')).toContainText('09:07')
    expect(zone.length).toBeGreaterThan(0)

    await panel.getByRole('button', { name: 'Cancel' }).click()
    await expect(panel.locator('.legwork-schedule__upcoming')).toHaveCount(0)
  })

  test('a draft cannot be scheduled: the panel offers no schedule and the server refuses one', async ({
    browser,
    request,
  }) => {
    const id = await writersDraft(request, `Why your first mile is slow ${run}`)
    const editor = await as(browser, 'editor@legwork.test')
    await editor.goto(`/admin/collections/articles/${id}`)
    await expect(stage(editor)).toContainText('Draft')
    await expect(editor.getByRole('button', { name: 'Schedule…' })).toHaveCount(0)
  })
})

test.describe('dashboard', () => {
  test('“Waiting for your review” lists articles in review only', async ({ browser, request }) => {
    const title = `Why you sleep badly after a late race ${run}`
    const id = await writersDraft(request, title)
    await act(request, 'writer@legwork.test', id, 'submit')
    const editor = await as(browser, 'editor@legwork.test')
    const waiting = editor.locator('.legwork-dashboard__panel', { hasText: 'Waiting for your review' })
    await editor.goto('/admin')
    await expect(waiting).toContainText(title)
    await act(request, 'editor@legwork.test', id, 'approve')
    await editor.reload()
    await expect(waiting).not.toContainText(title)
    for (const pill of await waiting.locator('.legwork-stage').all()) await expect(pill).toHaveText('In review')
  })
})

test.describe('article list', () => {
  test('the Columns picker never offers the workflow’s internal fields', async ({ browser }) => {
    const editor = await as(browser, 'editor@legwork.test')
    await editor.goto('/admin/collections/articles')
    await editor.getByRole('button', { name: 'Columns' }).click()
    const picker = editor.locator('.pill-selector')
    await expect(picker).toContainText('Stage')
    for (const internal of ['Workflow Action', 'Workflow Note', 'Approval Fingerprint']) {
      await expect(picker).not.toContainText(internal)
    }
  })
})
