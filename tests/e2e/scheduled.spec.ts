import { expect, test } from '@playwright/test'

import { scheduleArticle, seedDemoContent } from './helpers'

const SLUG = 'coming-back-from-a-break-3-mistakes'

test.beforeAll(() => {
  seedDemoContent()
})

test('a scheduled article goes live on the site by itself, and the cached pages follow', async ({ request }) => {
  test.setTimeout(90_000)
  expect((await request.get(`/articles/${SLUG}`)).status()).toBe(404)
  // Warm the cached home page so a stale copy would show if revalidation did not happen.
  expect(await (await request.get('/')).text()).not.toContain('Coming back from a break')

  scheduleArticle(SLUG, 3)

  // The server's own jobs runner (every 5 s in this run) publishes it; nobody touches the site.
  await expect
    .poll(async () => (await request.get(`/articles/${SLUG}`)).status(), { timeout: 60_000, intervals: [1_000] })
    .toBe(200)
  await expect
    .poll(async () => (await (await request.get('/')).text()).includes('Coming back from a break'), { timeout: 10_000 })
    .toBe(true)
  expect(await (await request.get('/feed.xml')).text()).toContain(SLUG)
})
