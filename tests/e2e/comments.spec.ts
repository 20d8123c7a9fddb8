import { expect, type Page, test } from '@playwright/test'

import { SEED_PASSWORD, seedDemoContent, signIn } from './helpers'

const ARTICLE = '/articles/how-much-should-runners-drink'
const body = `No-JS comment ${Date.now().toString(36)}: I drink to thirst and it works.`

test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  seedDemoContent()
})

test('without JavaScript, a bad email comes back next to its field with the values kept', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(ARTICLE)
  await expect(page.getByText('Your email address will not be published. Required fields are marked')).toBeVisible()
  await page.locator('#comment-body').fill('Keep this text, please.')
  await page.locator('#comment-authorName').fill('Nora No-Script')
  await page.locator('#comment-authorEmail').fill('not-an-email')
  await page.getByRole('button', { name: 'Post comment' }).click()
  await expect(page.locator('#comment-authorEmail-error')).toContainText('does not look like an email address')
  await expect(page.locator('#comment-body')).toHaveValue('Keep this text, please.')
  await expect(page.locator('#comment-authorName')).toHaveValue('Nora No-Script')
  await context.close()
})

test('without JavaScript, a reader posts a comment and is told it awaits moderation', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(ARTICLE)
  await page.locator('#comment-body').fill(body)
  await page.locator('#comment-authorName').fill('Nora No-Script')
  await page.locator('#comment-authorEmail').fill('nora@example.com')
  // The anti-spam rule wants a few seconds between showing the form and posting it, as a person takes.
  await page.waitForTimeout(3_500)
  await page.getByRole('button', { name: 'Post comment' }).click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#comment-submitted$`))
  await expect(page.locator('#comment-submitted')).toBeVisible()
  await expect(page.getByText(body)).toHaveCount(0)
  await context.close()
})

test('without JavaScript, a form whose cached token already served is shown again, and posts on the next press', async ({
  browser,
}) => {
  const USED = 'This form was already used for a comment. Please press “Post comment” again.'
  const submitted = new RegExp(`${ARTICLE}#comment-submitted$`)
  // Two readers of the same cached page (each with an address of its own, for flood control).
  const readers = await Promise.all(
    ['198.51.100.61', '198.51.100.62'].map(async (address, index) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        extraHTTPHeaders: { 'x-forwarded-for': address },
      })
      const page = await context.newPage()
      await page.goto(ARTICLE)
      await page.locator('#comment-body').fill(`Shared-token comment ${index} ${Date.now().toString(36)}`)
      await page.locator('#comment-authorName').fill(`Reader ${index}`)
      await page.locator('#comment-authorEmail').fill(`shared${index}@example.com`)
      return { context, page }
    }),
  )
  const [first, second] = readers.map(({ page }) => page) as [Page, Page]
  const token = await first.locator('input[name=formToken]').inputValue()
  expect(await second.locator('input[name=formToken]').inputValue()).toBe(token)
  await first.waitForTimeout(3_500)

  /** Presses "Post comment"; a form whose token already served is shown again, and the next press posts. */
  async function post(page: Page, { mustBeRefused }: { mustBeRefused: boolean }) {
    const text = await page.locator('#comment-body').inputValue()
    await page.getByRole('button', { name: 'Post comment' }).click()
    await page.waitForLoadState()
    if (!mustBeRefused && submitted.test(page.url())) return
    await expect(page.locator('.comment-form__message')).toHaveText(USED)
    await expect(page.locator('#comment-body')).toHaveValue(text)
    expect(await page.locator('input[name=formToken]').inputValue()).not.toBe(token)
    await page.waitForTimeout(3_500)
    await page.getByRole('button', { name: 'Post comment' }).click()
    await expect(page).toHaveURL(submitted)
  }
  // The page's token serves one comment, this reader's or an earlier one's; after that, never again.
  await post(first, { mustBeRefused: false })
  await post(second, { mustBeRefused: true })
  for (const { context } of readers) await context.close()
})

test('a moderator approves it in the queue, and the reader sees it on the article', async ({ page, browser }) => {
  await signIn(page, 'moderator@legwork.test')
  await expect(page.locator('.legwork-nav-pending__badge')).not.toHaveText('0')
  await page.goto('/admin/collections/comments')
  await expect(page).toHaveURL(/where%5Bstatus%5D%5Bequals%5D=pending|where\[status\]\[equals\]=pending/)
  const row = page.locator('tr', { hasText: 'Nora No-Script' })
  await expect(row).toContainText('every comment is held for approval')
  await row.getByRole('button', { name: 'Approve' }).click()
  await expect(row).toHaveCount(0)

  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
  await reader.goto(ARTICLE)
  await expect(reader.getByText(body)).toBeVisible()
  await expect(reader.locator('#comments-heading')).toHaveText(/\d+ comments?/)
  expect(await reader.content()).not.toContain('nora@example.com')
})

test('comment bodies are shown inert: markup as text, links not clickable', async ({ page }) => {
  await page.goto('/articles/8-reasons-why-you-feel-your-legs-heavy-when-you-run')
  const thread = page.locator('#comments')
  await expect(thread.locator('.comment')).not.toHaveCount(0)
  // The seeded reply is nested under its parent, and the author's site is nofollow/ugc.
  await expect(thread.locator('.comment-list--replies .comment').first()).toContainText('Writing the date of purchase')
  await expect(thread.locator('a[rel="nofollow ugc noopener"]').first()).toHaveAttribute(
    'href',
    'https://legwork.example',
  )
  // Held and spam comments stay out of sight.
  await expect(thread).not.toContainText('Cheap watches')
  await expect(thread).not.toContainText('coach.example')
})

test('script tags, event attributes and javascript: links in a comment stay inert on the page', async ({
  request,
  page,
}) => {
  const articles = await (
    await request.get(`/api/articles?where[slug][equals]=${ARTICLE.split('/').pop()}&depth=0`)
  ).json()
  const { formToken } = await (await request.get('/api/comments/form-token')).json()
  await new Promise((resolve) => setTimeout(resolve, 3_500))
  const payloadText = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> plain end'
  const headers = { 'x-forwarded-for': '198.51.100.77' }
  const refused = await request.post('/api/comments', {
    headers,
    data: {
      article: articles.docs[0].id,
      authorName: 'X',
      authorEmail: 'x@example.com',
      authorUrl: 'javascript:alert(1)',
      body: 'hi',
      formToken,
    },
  })
  expect(refused.status()).toBe(400)
  const created = await request.post('/api/comments', {
    headers,
    data: {
      article: articles.docs[0].id,
      authorName: '<b>Mallory</b>',
      authorEmail: 'mallory@example.com',
      body: payloadText,
      formToken,
    },
  })
  expect(created.status()).toBe(201)

  const login = await request.post('/api/users/login', {
    data: { email: 'moderator@legwork.test', password: SEED_PASSWORD },
  })
  const { token } = await login.json()
  const approved = await request.patch(`/api/comments/${(await created.json()).doc.id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { status: 'approved' },
  })
  expect(approved.status()).toBe(200)

  await page.goto(ARTICLE)
  const comment = page.locator('.comment', { hasText: 'plain end' })
  await expect(comment).toContainText('<script>window.__pwned = 1</script>')
  await expect(comment).toContainText('<b>Mallory</b>')
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  await expect(comment.locator('script, img, b')).toHaveCount(0)
})

test('past the per-page setting, comments continue on a second page', async ({ request, page }) => {
  const slug = 'how-fast-to-increase-mileage'
  const login = async (email: string) =>
    (await (await request.post('/api/users/login', { data: { email, password: SEED_PASSWORD } })).json())
      .token as string
  const editor = { Authorization: `JWT ${await login('editor@legwork.test')}` }
  const moderator = { Authorization: `JWT ${await login('moderator@legwork.test')}` }
  expect(
    (await request.post('/api/globals/discussion-settings', { headers: editor, data: { perPage: 5 } })).status(),
  ).toBe(200)

  const article = (await (await request.get(`/api/articles?where[slug][equals]=${slug}&depth=0`)).json()).docs[0]
  // One form token per comment: each serves once.
  const formTokens: string[] = []
  for (let index = 1; index <= 6; index++) {
    formTokens.push((await (await request.get('/api/comments/form-token')).json()).formToken)
  }
  await new Promise((resolve) => setTimeout(resolve, 3_500))
  for (let index = 1; index <= 6; index++) {
    const created = await request.post('/api/comments', {
      headers: { 'x-forwarded-for': `198.51.100.${index}` },
      data: {
        article: article.id,
        authorName: `Reader ${index}`,
        authorEmail: `reader${index}@example.com`,
        body: `Paged comment ${index}`,
        formToken: formTokens[index - 1],
      },
    })
    expect(created.status()).toBe(201)
    const id = (await created.json()).doc.id
    expect(
      (await request.patch(`/api/comments/${id}`, { headers: moderator, data: { status: 'approved' } })).status(),
    ).toBe(200)
  }

  await page.goto(`/articles/${slug}`)
  await expect(page.locator('#comments-heading')).toHaveText('6 comments')
  await expect(page.locator('#comments > .comment-list > .comment')).toHaveCount(5)
  await expect(page.getByText('Paged comment 6')).toHaveCount(0)
  await page.getByRole('link', { name: 'Later comments →' }).click()
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}/comments/2`))
  await expect(page.getByText('Paged comment 6')).toBeVisible()
  await expect(page.getByText('Paged comment 1')).toHaveCount(0)

  await request.post('/api/globals/discussion-settings', { headers: editor, data: { perPage: 50 } })
})
