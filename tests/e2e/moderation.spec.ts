import {
  type APIRequestContext,
  type Browser,
  expect,
  type Locator,
  type Page,
  test,
  type TestInfo,
} from '@playwright/test'

import { SEED_PASSWORD, seedDemoContent, signIn } from './helpers'

const SLUG = '3-ways-to-run-better-in-the-heat'
const QUEUE = '/admin/collections/comments?where[status][equals]=pending&sort=-createdAt'
const queue = (status: string) => `/admin/collections/comments?where[status][equals]=${status}&sort=-createdAt`
const run = Date.now().toString(36)
const COMMENTER = `frequent-${run}@example.com`

test.describe.configure({ mode: 'serial' })

let articleId: number
let addressCounter = 0

/** Readers' comments through the API, each from an address of its own and with its own form token. */
async function postComments(request: APIRequestContext, bodies: string[], email = COMMENTER): Promise<number[]> {
  const tokens: string[] = []
  for (const _ of bodies) tokens.push((await (await request.get('/api/comments/form-token')).json()).formToken)
  // A person takes a few seconds to write; the anti-spam rule wants that too.
  await new Promise((resolve) => setTimeout(resolve, 3_500))
  const ids: number[] = []
  for (const [index, body] of bodies.entries()) {
    const response = await request.post('/api/comments', {
      headers: { 'x-forwarded-for': `203.0.113.${(++addressCounter % 200) + 20}` },
      data: { article: articleId, authorName: 'Frequent Fran', authorEmail: email, body, formToken: tokens[index] },
    })
    expect(response.status()).toBe(201)
    ids.push((await response.json()).doc.id)
  }
  return ids
}

async function staffToken(request: APIRequestContext, email: string): Promise<string> {
  const login = await request.post('/api/users/login', { data: { email, password: SEED_PASSWORD } })
  return (await login.json()).token as string
}

async function moderatorPage(browser: Browser, width = 1440): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 } })
  const page = await context.newPage()
  await signIn(page, 'moderator@legwork.test')
  return page
}

/** A screenshot kept in the test's output folder (tests/.tmp/test-results/…) and attached to the report. */
async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  await testInfo.attach(`${name}.png`, { path: file, contentType: 'image/png' })
}

const rowsWith = (page: Page, text: string): Locator => page.locator('tbody tr', { hasText: text })

async function tick(page: Page, text: string) {
  const rows = rowsWith(page, text)
  await expect(rows.first()).toBeVisible()
  for (const row of await rows.all()) await row.getByRole('checkbox').check()
}

const bulkBar = (page: Page) => page.getByRole('region', { name: 'Bulk moderation' })

test.beforeAll(async ({ request }) => {
  seedDemoContent()
  const found = await (await request.get(`/api/articles?where[slug][equals]=${SLUG}&depth=0`)).json()
  articleId = found.docs[0].id
})

test('a moderator bulk-approves pending comments, then Undo puts them back in the queue', async ({
  browser,
  request,
}, testInfo) => {
  const marker = `Bulk approve ${run}`
  await postComments(
    request,
    [1, 2, 3].map((n) => `${marker} number ${n}`),
  )
  const page = await moderatorPage(browser)
  await page.goto(QUEUE)
  await tick(page, marker)
  await expect(bulkBar(page)).toContainText('3 comments selected')
  // Payload's bulk Edit (which would expose the form token, honeypot and other internals) and its
  // bulk Delete are not offered for comments; neither is deleting from the pending queue.
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0)
  await expect(bulkBar(page).getByRole('button')).toHaveText(['Approve', 'Spam', 'Trash'])
  await shoot(page, testInfo, 'queue-selected-1440')

  await bulkBar(page).getByRole('button', { name: 'Approve' }).click()
  await expect(page.getByText('3 comments approved.')).toBeVisible()
  await expect(rowsWith(page, marker)).toHaveCount(0)
  await shoot(page, testInfo, 'queue-approved-toast-1440')

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText('Undone: 3 comments are pending again.')).toBeVisible()
  await expect(rowsWith(page, marker)).toHaveCount(3)
  await expect(rowsWith(page, marker).first().locator('.legwork-comment-status')).toHaveText('Pending')
  // Pending again means off the site again.
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
  await reader.goto(`/articles/${SLUG}`)
  await expect(reader.getByText(marker)).toHaveCount(0)
  await reader.context().close()
  await page.context().close()
})

test('bulk Spam and Not spam, Trash and Restore move comments between the queues', async ({ browser, request }) => {
  const marker = `Bulk spam ${run}`
  await postComments(
    request,
    [1, 2].map((n) => `${marker} number ${n}`),
  )
  const page = await moderatorPage(browser)
  await page.goto(QUEUE)
  await tick(page, marker)
  await bulkBar(page).getByRole('button', { name: 'Spam' }).click()
  await expect(page.getByText('2 comments marked as spam.')).toBeVisible()
  await expect(rowsWith(page, marker)).toHaveCount(0)

  await page.goto(queue('spam'))
  await tick(page, marker)
  await expect(bulkBar(page).getByRole('button')).toHaveText(['Not spam', 'Trash'])
  await bulkBar(page).getByRole('button', { name: 'Trash' }).click()
  await expect(page.getByText('2 comments moved to the trash.')).toBeVisible()

  await page.goto(queue('trash'))
  await tick(page, marker)
  await expect(bulkBar(page).getByRole('button')).toHaveText(['Restore', 'Spam', 'Delete permanently'])
  await bulkBar(page).getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByText('2 comments restored.')).toBeVisible()
  // Back where they were before spam: the pending queue.
  await page.goto(QUEUE)
  await expect(rowsWith(page, marker)).toHaveCount(2)
  await page.context().close()
})

test('comments are deleted only from the trash, in the admin and in the API', async ({ browser, request }) => {
  const marker = `Delete me ${run}`
  const [approvedId, trashedId] = await postComments(request, [`${marker} approved`, `${marker} trashed`])
  const token = await staffToken(request, 'moderator@legwork.test')
  const auth = { Authorization: `JWT ${token}` }
  await request.patch(`/api/comments/${approvedId}`, { headers: auth, data: { status: 'approved' } })
  await request.patch(`/api/comments/${trashedId}`, { headers: auth, data: { status: 'trash' } })
  expect((await request.delete(`/api/comments/${approvedId}`, { headers: auth })).status()).toBe(403)
  expect((await request.delete(`/api/comments?where[id][equals]=${trashedId}`, { headers: auth })).status()).toBe(403)

  const page = await moderatorPage(browser)
  await page.goto(queue('approved'))
  const approvedRow = rowsWith(page, `${marker} approved`)
  await expect(approvedRow.getByRole('button', { name: 'Trash' })).toBeVisible()
  await expect(approvedRow.getByRole('button', { name: /Delete/ })).toHaveCount(0)

  await page.goto(queue('trash'))
  await tick(page, marker)
  await bulkBar(page).getByRole('button', { name: 'Delete permanently' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete permanently' }).click()
  await expect(page.getByText('1 comment deleted permanently.')).toBeVisible()
  await expect(rowsWith(page, marker)).toHaveCount(0)
  expect((await request.get(`/api/comments/${trashedId}`, { headers: auth })).status()).toBe(404)
  expect((await request.get(`/api/comments/${approvedId}`, { headers: auth })).status()).toBe(200)
  await page.context().close()
})

test('a staff reply from the queue approves the comment and shows on the article with a Staff badge', async ({
  browser,
  request,
}, testInfo) => {
  const question = `Does the heat advice hold for treadmill runs? ${run}`
  const answer = `Yes, indoors too: keep drinking to thirst. ${run}`
  await postComments(request, [question])
  const page = await moderatorPage(browser)
  await page.goto(QUEUE)
  await rowsWith(page, question).getByRole('button', { name: 'Reply' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reply to Frequent Fran' })
  await dialog.getByRole('textbox').fill(answer)
  await shoot(page, testInfo, 'reply-dialog-1440')
  await dialog.getByRole('button', { name: 'Approve and reply' }).click()
  await expect(page.getByText('Approved Frequent Fran’s comment and published your reply.')).toBeVisible()
  await expect(rowsWith(page, question)).toHaveCount(0)

  // The article page, as a reader sees it on the next request (the page cache was rebuilt).
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
  await reader.goto(`/articles/${SLUG}`)
  const parent = reader.locator('.comment', { hasText: question }).first()
  await expect(parent).toBeVisible()
  const reply = parent.locator('.comment-list--replies .comment', { hasText: answer })
  await expect(reply).toBeVisible()
  await expect(reply.locator('.comment__badge')).toHaveText('Staff')
  await expect(reply.locator('.comment__author')).toHaveText('Mo Moderator')
  expect(await reader.content()).not.toContain('moderator@legwork.test')
  await reply.scrollIntoViewIfNeeded()
  await reader.screenshot({ path: testInfo.outputPath('article-staff-reply-1440.png'), fullPage: true })
  await testInfo.attach('article-staff-reply-1440.png', {
    path: testInfo.outputPath('article-staff-reply-1440.png'),
    contentType: 'image/png',
  })
  await reader.setViewportSize({ width: 390, height: 844 })
  await shoot(reader, testInfo, 'article-staff-reply-390')
  await reader.context().close()
  await page.context().close()
})

test("a comment's page shows the commenter's other comments, counted by status", async ({
  browser,
  request,
}, testInfo) => {
  const email = `history-${run}@example.com`
  const [first, second, third] = await postComments(
    request,
    [`History one ${run}`, `History two ${run}`, `History three ${run}`],
    email,
  )
  const auth = { Authorization: `JWT ${await staffToken(request, 'moderator@legwork.test')}` }
  await request.patch(`/api/comments/${second}`, { headers: auth, data: { status: 'approved' } })
  await request.patch(`/api/comments/${third}`, { headers: auth, data: { status: 'spam' } })

  for (const width of [1440, 390]) {
    const page = await moderatorPage(browser, width)
    await page.goto(`/admin/collections/comments/${first}`)
    const panel = page.locator('.legwork-commenter')
    await expect(panel).toContainText(email)
    await expect(panel.locator('[data-status=pending]')).toHaveText('1')
    await expect(panel.locator('[data-status=approved]')).toHaveText('1')
    await expect(panel.locator('[data-status=spam]')).toHaveText('1')
    await expect(panel.locator('[data-status=trash]')).toHaveText('0')
    await expect(panel.getByRole('link', { name: `History two ${run}` })).toBeVisible()
    await expect(panel.getByRole('link', { name: `History three ${run}` })).toBeVisible()
    await expect(panel.getByRole('link', { name: `History one ${run}` })).toHaveCount(0)
    await shoot(page, testInfo, `comment-edit-${width}`)
    if (width === 1440) {
      await panel.getByRole('link', { name: /Spam/ }).click()
      await expect(rowsWith(page, `History three ${run}`)).toHaveCount(1)
      await expect(page.locator('tbody tr')).toHaveCount(1)
    }
    await page.context().close()
  }
})

test('at 390 px the row actions are in view and work', async ({ browser, request }, testInfo) => {
  const marker = `Phone approve ${run}`
  await postComments(request, [marker])
  const page = await moderatorPage(browser, 390)
  await page.goto(QUEUE)
  const row = rowsWith(page, marker)
  const approve = row.getByRole('button', { name: 'Approve' })
  for (const name of ['Approve', 'Spam', 'Trash', 'Reply'])
    await expect(row.getByRole('button', { name })).toBeInViewport()
  await shoot(page, testInfo, 'queue-390')
  await approve.click()
  await expect(page.getByText('1 comment approved.')).toBeVisible()
  await expect(row).toHaveCount(0)
  await page.locator('tbody tr').first().getByRole('checkbox').check()
  await expect(bulkBar(page)).toBeInViewport()
  await shoot(page, testInfo, 'queue-selected-390')
  await page.context().close()
})

test("a moderator's dashboard is the comment queue; an editor keeps the newsroom's", async ({
  browser,
  request,
}, testInfo) => {
  const marker = `Dashboard ${run}`
  await postComments(request, [marker])
  const auth = { Authorization: `JWT ${await staffToken(request, 'moderator@legwork.test')}` }
  const pending = (
    await (await request.get('/api/comments/count?where[status][equals]=pending', { headers: auth })).json()
  ).totalDocs as number

  for (const width of [1440, 390]) {
    const page = await moderatorPage(browser, width)
    await page.goto('/admin')
    const dashboard = page.getByRole('region', { name: 'Moderation queue' })
    await expect(dashboard.getByTestId('pending-count')).toHaveText(String(pending))
    await expect(dashboard).toContainText('Why they were held')
    await expect(dashboard).toContainText('every comment is held for approval')
    await expect(dashboard.locator('.legwork-queue-list__item', { hasText: marker })).toBeVisible()
    await expect(page.getByText('Articles by stage')).toHaveCount(0)
    await shoot(page, testInfo, `dashboard-moderator-${width}`)
    await page.context().close()
  }

  const page = await moderatorPage(browser)
  await page.goto('/admin')
  const item = page.locator('.legwork-queue-list__item', { hasText: marker })
  await item.getByRole('button', { name: 'Approve' }).click()
  await expect(page.getByText('1 comment approved.')).toBeVisible()
  await expect(item).toHaveCount(0)
  await page.context().close()

  const editor = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
  await signIn(editor, 'editor@legwork.test')
  await expect(editor.getByText('Articles by stage')).toBeVisible()
  await expect(editor.getByText('Comments awaiting moderation')).toBeVisible()
  await editor.context().close()
})

test('the navigation is open at 1280 px and wider, with the pending-comments badge in view', async ({
  browser,
}, testInfo) => {
  for (const width of [1280, 1440]) {
    const page = await moderatorPage(browser, width)
    await page.goto(QUEUE)
    await expect(page.locator('.legwork-nav-pending__badge')).toBeInViewport()
    await expect(page.locator('nav').getByRole('link', { name: /Comments to moderate/ })).toBeVisible()
    await shoot(page, testInfo, `queue-nav-${width}`)
    await page.context().close()
  }
  // Narrower, Payload's own behaviour stays: the navigation opens from its button.
  const phone = await moderatorPage(browser, 390)
  await phone.goto(QUEUE)
  // Payload's closed navigation is transparent (opacity 0), not moved away: ask whether it is open.
  await expect(phone.locator('.nav').first()).not.toHaveClass(/nav--nav-open/)
  await phone.context().close()
})
