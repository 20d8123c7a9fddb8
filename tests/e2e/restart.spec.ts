import { expect, test } from '@playwright/test'

import {
  anotherInstanceEnv,
  type NextServer,
  publishThroughReview,
  SEED_PASSWORD,
  seedDemoContent,
  startNextServer,
} from './helpers'

/**
 * Next keeps its pages on disk but its record of what was revalidated in memory. A page taken down
 * while the server runs, and not asked for again, must not come back on the server's next run. A
 * second `next start` of the same build on the same database, started after the change, is that
 * next run.
 */
const SLUG = 'losing-weight-without-losing-speed'
const ARTICLE = `/articles/${SLUG}`

let nextRun: NextServer | undefined

test.afterAll(() => nextRun?.stop())

test('an article unpublished and not visited since stays unpublished after a restart', async ({ request }) => {
  test.setTimeout(120_000)
  seedDemoContent()
  const login = await request.post('/api/users/login', {
    data: { email: 'editor@legwork.test', password: SEED_PASSWORD },
  })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const id = (await (await request.get(`/api/articles?where[slug][equals]=${SLUG}&depth=0`)).json()).docs[0].id
  const unpublish = async () =>
    expect((await request.patch(`/api/articles/${id}`, { headers, data: { _status: 'draft' } })).status()).toBe(200)

  await request.get(ARTICLE)
  expect((await request.get(ARTICLE)).headers()['x-nextjs-cache']).toBe('HIT')
  await unpublish()
  try {
    nextRun = await startNextServer((url) => anotherInstanceEnv(url, { REDIS_URL: '' }))
    expect((await request.get(nextRun.url + ARTICLE)).status()).toBe(404)
    // …and stays one, served from the cache in place of the page: it is still linked and asked for.
    const again = await request.get(nextRun.url + ARTICLE)
    expect([again.status(), again.headers()['x-nextjs-cache']]).toEqual([404, 'HIT'])
  } finally {
    // Unpublished, it is a draft again: back through review to go live.
    await publishThroughReview(request, headers, id)
  }
  expect((await request.get(ARTICLE)).status()).toBe(200)
})
