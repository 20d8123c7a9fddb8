import { expect, type APIRequestContext, test } from '@playwright/test'

import { SEED_PASSWORD, seedDemoContent } from './helpers'

/**
 * Refusals read the same over REST and GraphQL in the production build, where minified error classes
 * once turned REST answers into "An unknown error occurred." (src/errors/explainRefusal.ts).
 */

test.beforeAll(() => {
  seedDemoContent()
})

async function editorHeaders(request: APIRequestContext) {
  const login = await request.post('/api/users/login', {
    data: { email: 'editor@legwork.test', password: SEED_PASSWORD },
  })
  return { Authorization: `JWT ${(await login.json()).token}` }
}

async function graphql(request: APIRequestContext, query: string, headers: Record<string, string> = {}) {
  const response = await request.post('/api/graphql', { headers, data: { query } })
  return { status: response.status(), body: await response.json() }
}

async function articleIn(request: APIRequestContext, headers: Record<string, string>, stage: string) {
  const found = await request.get(`/api/articles?where[stage][equals]=${stage}&limit=1&depth=0`, { headers })
  return (await found.json()).docs[0] as { id: number; title: string }
}

test('a workflow refusal says why, with the field, over REST and GraphQL alike', async ({ request }) => {
  const headers = await editorHeaders(request)
  const draft = await articleIn(request, headers, 'draft')

  const rest = await request.patch(`/api/articles/${draft.id}?draft=true`, {
    headers,
    data: { workflowAction: 'approve' },
  })
  expect(rest.status()).toBe(400)
  const [restError] = (await rest.json()).errors
  expect(restError.message).toBe('workflowAction: cannot "Approve" an article that is draft.')
  expect(restError.data.errors).toEqual([{ path: 'workflowAction', message: restError.message }])

  const { body } = await graphql(
    request,
    `mutation { updateArticle(id: ${draft.id}, draft: true, data: { workflowAction: approve }) { id } }`,
    headers,
  )
  expect(body.errors[0].message).toBe(restError.message)
  expect(body.errors[0].extensions.data.errors).toEqual(restError.data.errors)
})

test('a validation error names the field over REST as over GraphQL', async ({ request }) => {
  const headers = await editorHeaders(request)
  // A draft: saved as the article's main row, it is validated (a change to a live article's text
  // would first be refused for want of review).
  const draft = await articleIn(request, headers, 'draft')

  const rest = await request.patch(`/api/articles/${draft.id}`, { headers, data: { title: '' } })
  expect(rest.status()).toBe(400)
  const [restError] = (await rest.json()).errors
  expect(restError.message).toMatch(/Title/)
  expect(restError.data.errors).toEqual([expect.objectContaining({ path: 'title', message: expect.any(String) })])

  const { body } = await graphql(
    request,
    `mutation { updateArticle(id: ${draft.id}, data: { title: "" }) { id } }`,
    headers,
  )
  expect(body.errors[0].message).toBe(restError.message)
  expect(body.errors[0].extensions.data.errors).toEqual(restError.data.errors)

  const after = await request.get(`/api/articles/${draft.id}?draft=true&depth=0`, { headers })
  expect((await after.json()).title).toBe(draft.title)
})

test('flood control says how long to wait, not "unknown error"', async ({ request }) => {
  const headers = await editorHeaders(request)
  const settings = await (await request.get('/api/globals/discussion-settings', { headers })).json()
  const published = await articleIn(request, headers, 'published')
  const client = { 'x-forwarded-for': '198.51.100.233' }
  const post = async () => {
    const { formToken } = await (await request.get('/api/comments/form-token')).json()
    return request.post('/api/comments', {
      headers: client,
      data: {
        article: published.id,
        authorName: 'Quick Reader',
        authorEmail: 'quick@example.com',
        body: 'A comment posted twice in quick succession.',
        formToken,
      },
    })
  }
  expect((await post()).status()).toBe(201)
  const second = await post()
  expect(second.status()).toBe(429)
  expect(Number(second.headers()['retry-after'])).toBeGreaterThan(0)
  const [error] = (await second.json()).errors
  expect(error.message).toMatch(/^Too many comments: .+ Try again in \d+ s\.$/)
  expect(settings.floodIntervalSeconds).toBeGreaterThan(0)
})

test('a body over 1 MB is refused with 413, and a priced-out GraphQL query never runs', async ({ request }) => {
  const huge = `{ ${'a: __typename '.repeat(80_000)} }`
  const tooLarge = await request.post('/api/graphql', { data: { query: huge } })
  expect(tooLarge.status()).toBe(413)
  expect((await tooLarge.json()).errors[0].message).toMatch(/larger than 1 MB/)

  const aliases = Array.from({ length: 300 }, (_, index) => `a${index}: Articles(limit: 1000) { docs { id } }`).join(
    ' ',
  )
  const { status, body } = await graphql(request, `{ ${aliases} }`)
  expect(status).toBeLessThan(500)
  expect(body.data).toBeUndefined()
  // Refused from the document alone, before any of the 300,000 documents is read.
  expect(body.errors[0].message).toMatch(/would cost \d+, more than the 20000/)

  const cycle = await graphql(request, 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')
  expect(cycle.status).toBe(400)
  expect(cycle.body.errors[0].message).toMatch(/includes itself/)
})
