import { expect, test, type APIRequestContext } from '@playwright/test'

import { publishThroughReview, SEED_PASSWORD, seedDemoContent } from './helpers'

/**
 * Every page that shows a comment is a cached page: the article (its first comments), the later
 * comment pages and the comment's reply page. Each must show a moderation change, or an edit, on the
 * very next request — no waiting, no second try.
 */
const SLUG = 'stretching-after-a-run-what-it-does'
const ARTICLE = `/articles/${SLUG}`
const PAGE_TWO = `${ARTICLE}/comments/2`
const replyPage = (id: string) => `${ARTICLE}/reply/${id}`
/** Page one holds this many top-level comments; every comment these tests post lands on page two. */
const PER_PAGE = 5
const run = Date.now().toString(36)

test.describe.configure({ mode: 'serial' })

let editor: Record<string, string>
let moderator: Record<string, string>
let articleId: number
/** A form token serves one comment: enough for every comment this file posts, fetched up front. */
let formTokens: string[] = []
let posted = 0

async function tokenHeaders(request: APIRequestContext, email: string) {
  const response = await request.post('/api/users/login', { data: { email, password: SEED_PASSWORD } })
  expect(response.status()).toBe(200)
  return { Authorization: `JWT ${(await response.json()).token}` }
}

/** Posts a reader's comment (held as pending), each from its own address so flood control stays out of it. */
async function postComment(request: APIRequestContext, body: string) {
  posted += 1
  const created = await request.post('/api/comments', {
    headers: { 'x-forwarded-for': `203.0.113.${posted}` },
    data: {
      article: articleId,
      authorName: `Cache reader ${posted}`,
      authorEmail: `cache-${run}-${posted}@example.com`,
      body,
      formToken: formTokens.pop(),
    },
  })
  expect(created.status()).toBe(201)
  return String((await created.json()).doc.id)
}

async function moderate(request: APIRequestContext, id: string, data: Record<string, unknown>) {
  const response = await request.patch(`/api/comments/${id}`, { headers: moderator, data })
  expect(response.status()).toBe(200)
}

async function postApproved(request: APIRequestContext, body: string) {
  const id = await postComment(request, body)
  await moderate(request, id, { status: 'approved' })
  return id
}

/** One request: its status, whether the page shows the text, and the page cache's verdict. */
async function visit(request: APIRequestContext, path: string, text: string) {
  const response = await request.get(path)
  return {
    status: response.status(),
    shows: (await response.text()).includes(text),
    cache: response.headers()['x-nextjs-cache'],
  }
}

/** Visits a page twice: the second answer must come from the cache, or the test proves nothing. */
async function expectCachedShowing(request: APIRequestContext, path: string, text: string) {
  await request.get(path)
  const again = await visit(request, path, text)
  expect(again, path).toEqual({ status: 200, shows: true, cache: 'HIT' })
}

async function commentCount(request: APIRequestContext) {
  const html = await (await request.get(ARTICLE)).text()
  const match = /id="comments-heading">(\d+) comments?</.exec(html)
  return match ? Number(match[1]) : 0
}

test.beforeAll(async ({ request }) => {
  test.setTimeout(60_000)
  seedDemoContent()
  editor = await tokenHeaders(request, 'editor@legwork.test')
  moderator = await tokenHeaders(request, 'moderator@legwork.test')
  const settings = await request.post('/api/globals/discussion-settings', {
    headers: editor,
    data: { perPage: PER_PAGE },
  })
  expect(settings.status()).toBe(200)
  const found = await request.get(`/api/articles?where[slug][equals]=${SLUG}&depth=0`)
  articleId = (await found.json()).docs[0].id
  formTokens = await Promise.all(
    Array.from(
      { length: 40 },
      async () => (await (await request.get('/api/comments/form-token')).json()).formToken as string,
    ),
  )
  // The anti-spam rule wants a few seconds between showing the form and posting it.
  await new Promise((resolve) => setTimeout(resolve, 3_500))
  for (let index = 0; index < PER_PAGE; index++) await postApproved(request, `Page one filler ${index} (${run})`)
})

test.afterAll(async ({ request }) => {
  await request.post('/api/globals/discussion-settings', { headers: editor, data: { perPage: 50 } })
})

test('a pending comment’s reply page is a 404 until approval, then shows the comment on the next request', async ({
  request,
}) => {
  const body = `Approved after a visit to its reply page (${run}).`
  const id = await postComment(request, body)
  for (let attempt = 0; attempt < 2; attempt++) expect((await request.get(replyPage(id))).status()).toBe(404)

  await moderate(request, id, { status: 'approved' })

  expect(await visit(request, replyPage(id), body)).toMatchObject({ status: 200, shows: true })
  expect(await visit(request, PAGE_TWO, body)).toMatchObject({ status: 200, shows: true })
})

const removals: Array<[string, (request: APIRequestContext, id: string) => Promise<void>]> = [
  ['marked as spam', (request, id) => moderate(request, id, { status: 'spam' })],
  ['trashed', (request, id) => moderate(request, id, { status: 'trash' })],
  // Deleted: only from the trash (collections/Comments/access/deleteTrashed.ts), so trashed first.
  [
    'deleted',
    async (request, id) => {
      await moderate(request, id, { status: 'trash' })
      expect((await request.delete(`/api/comments/${id}`, { headers: moderator })).status()).toBe(200)
    },
  ],
]

for (const [what, remove] of removals) {
  test(`a comment ${what} is gone from the article, its comment page and its reply page on the next request`, async ({
    request,
  }) => {
    const body = `To be ${what} (${run}).`
    const id = await postApproved(request, body)
    const count = await commentCount(request)
    await expectCachedShowing(request, PAGE_TWO, body)
    await expectCachedShowing(request, replyPage(id), body)
    await expectCachedShowing(request, ARTICLE, `${count} comments`)

    await remove(request, id)

    expect(await visit(request, PAGE_TWO, body), PAGE_TWO).toMatchObject({ shows: false })
    expect((await request.get(replyPage(id))).status(), replyPage(id)).toBe(404)
    expect(await commentCount(request)).toBe(count - 1)
  })
}

test('a trashed comment deleted afterwards stays gone from its reply page', async ({ request }) => {
  const body = `Trashed, then deleted (${run}).`
  const id = await postApproved(request, body)
  await expectCachedShowing(request, replyPage(id), body)
  await moderate(request, id, { status: 'trash' })
  for (let attempt = 0; attempt < 2; attempt++) expect((await request.get(replyPage(id))).status()).toBe(404)
  expect((await request.delete(`/api/comments/${id}`, { headers: moderator })).status()).toBe(200)
  expect((await request.get(replyPage(id))).status()).toBe(404)
})

test('a moderator’s edit of a comment shows on its comment page and its reply page on the next request', async ({
  request,
}) => {
  const id = await postApproved(request, `Signed with a typo (${run}).`)
  const corrected = `Corrected Name ${run}`
  await expectCachedShowing(request, PAGE_TWO, 'Signed with a typo')
  await expectCachedShowing(request, replyPage(id), 'Signed with a typo')

  await moderate(request, id, { authorName: corrected })

  expect(await visit(request, PAGE_TWO, corrected)).toMatchObject({ status: 200, shows: true })
  expect(await visit(request, replyPage(id), corrected)).toMatchObject({ status: 200, shows: true })
})

test('an article’s new title is on its comment pages and reply pages on the next request', async ({ request }) => {
  const id = await postApproved(request, `Under a retitled article (${run}).`)
  await expectCachedShowing(request, PAGE_TWO, 'Stretching after a run')
  await expectCachedShowing(request, replyPage(id), 'Stretching after a run')

  const title = `Stretching after a run, retitled ${run}`
  await publishThroughReview(request, editor, articleId, { title })

  expect(await visit(request, PAGE_TWO, title)).toMatchObject({ status: 200, shows: true })
  expect(await visit(request, replyPage(id), title)).toMatchObject({ status: 200, shows: true })
})

test('a new comments-per-page setting re-lays the article and its comment pages on the next request', async ({
  request,
}) => {
  const body = `Moved to page one by the setting (${run}).`
  await postApproved(request, body)
  await expectCachedShowing(request, PAGE_TWO, body)
  await request.get(ARTICLE)
  expect(await visit(request, ARTICLE, body)).toEqual({ status: 200, shows: false, cache: 'HIT' })

  const settings = await request.post('/api/globals/discussion-settings', { headers: editor, data: { perPage: 500 } })
  expect(settings.status()).toBe(200)

  expect(await visit(request, ARTICLE, body)).toMatchObject({ status: 200, shows: true })
  expect((await request.get(PAGE_TWO)).status()).toBe(404)
})
