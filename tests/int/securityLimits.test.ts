import config from '@payload-config'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '../../src/constants'
import { env } from '../../src/env'
import { graphqlHandler, restHandlers } from '../../src/server/apiHandlers'
import { getTestPayload } from '../helpers/payload'
import { gql, login, rest } from '../helpers/restClient'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

/**
 * GraphQL over HTTP answers a refused query with 400 to clients that accept
 * `application/graphql-response+json`, and with 200 plus `errors` to those that only accept
 * `application/json` (the spec keeps that for older clients). Both are checked: the status here, the
 * body through the usual `gql` helper.
 */
async function gqlStatus(query: string): Promise<{ status: number; body: any }> {
  await getTestPayload()
  const response = await graphqlHandler(config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    }),
  )
  return { status: response.status, body: await response.json() }
}

/** Asserts the query was refused before it ran: a 4xx, no data, and a message naming the limit. */
async function expectRefused(query: string, message: RegExp) {
  const strict = await gqlStatus(query)
  expect(strict.status).toBe(400)
  expect(strict.body.data).toBeUndefined()
  expect(strict.body.errors[0].message).toMatch(message)

  const legacy = await gql(query)
  expect(legacy.body.data).toBeUndefined()
  expect(legacy.body.errors[0].message).toMatch(message)
}

describe('GraphQL limits', () => {
  it('answers an ordinary nested query, as deep as a website page would ask', async () => {
    // About 40 documents: two articles, their authors and avatars, causes, pinned articles and theirs.
    const { status, body } = await gqlStatus(`{
      Articles(limit: 2) { docs {
        title
        author { name avatar { alt sizes { card { url } } } }
        reasons { heading cause { title sources { title publisher } } }
        relatedPinned { title relatedPinned { title } }
      } }
    }`)
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Articles.docs).toEqual(expect.any(Array))
  })

  it('refuses a query nested deeper than ten levels before running it', async () => {
    // Twelve levels, and no type nested in itself more than twice.
    const fields = ['Comments', 'docs', 'parent', 'parent', 'article', 'relatedPinned', 'relatedPinned']
    const chain = [...fields, 'createdBy', 'author', 'avatar', 'sizes', 'card']
    const query = `{ ${chain.join(' { ')} { url ${'} '.repeat(chain.length)}}`
    await expectRefused(query, /operation depth 12 exceeds maximum of 10/)
  })

  it('refuses a type nested inside itself more than twice', async () => {
    const query = '{ Articles { docs { relatedPinned { relatedPinned { relatedPinned { title } } } } } }'
    await expectRefused(query, /Article\.relatedPinned nested 3 times.*maximum of 2/)
  })

  it('refuses lists nested more than four deep', async () => {
    // docs → relatedPinned → relatedPinned → reasons → sources: five lists, only seven levels.
    const query =
      '{ Articles { docs { relatedPinned { relatedPinned { reasons { cause { sources { title } } } } } } } }'
    await expectRefused(query, /list depth 5 exceeds maximum of 4/)
  })

  it('prices a page of documents by its limit: 300 aliases of a large page are refused unread', async () => {
    const page = (alias: string, limit: number) => `${alias}: Articles(limit: ${limit}) { docs { id } }`
    // One page of 1,000 documents already costs 101,002.
    await expectRefused(`{ ${page('a0', 1000)} }`, /would cost 101002, more than the 20000/)
    const aliases = Array.from({ length: 300 }, (_, index) => page(`a${index}`, 1000)).join(' ')
    await expectRefused(`{ ${aliases} }`, /would cost 30300600, more than the 20000/)
    // `limit: 0` means the whole collection, and a limit given by a variable counts as much.
    await expectRefused('{ Articles(limit: 0) { docs { id } } }', /more than the 20000/)
    const byVariable = await gql('query Page($n: Int) { Articles(limit: $n) { docs { id } } }', {
      variables: { n: 5000 },
    })
    expect(byVariable.body.errors[0].message).toMatch(/would cost 505002/)

    // Two pages of 40: 8,084.
    const modest = await gqlStatus(`{ ${page('a', 40)} ${page('b', 40)} }`)
    expect(modest.status).toBe(200)
    expect(modest.body.errors).toBeUndefined()
  })

  it('counts every selected field, __typename and aliases included', async () => {
    const typenames = (count: number) => Array.from({ length: count }, (_, index) => `t${index}: __typename`).join(' ')
    // 20 documents × (100 to read one + 899 fields) + 2 = 19,982: allowed; 900 fields: 20,002.
    const allowed = await gqlStatus(`{ Articles(limit: 20) { docs { ${typenames(899)} } } }`)
    expect(allowed.status).toBe(200)
    expect(allowed.body.errors).toBeUndefined()
    await expectRefused(`{ Articles(limit: 20) { docs { ${typenames(900)} } } }`, /would cost 20002/)
  })

  it('answers 400 to fragments that include each other, instead of overflowing', async () => {
    const { status, body } = await gqlStatus(
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A __typename }',
    )
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/Fragment "[AB]" includes itself/)
    const legacy = await gql('query { ...A } fragment A on Query { ...A }')
    expect(legacy.status).toBe(400)
    expect(legacy.body.errors[0].message).toMatch(/Fragment "A" includes itself/)
  })

  it('refuses fragments that multiply into more fields than any real query, before walking them', async () => {
    // Each fragment spreads the next twice: a 2 KB document that a naive walk visits 2^40 times.
    const fragments = Array.from(
      { length: 40 },
      (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`,
    )
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F40 on Query { __typename }`
    const { status, body } = await gqlStatus(query)
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/more than 10000 fields once its fragments are filled in/)
  })

  it('refuses a document with more tokens than any real query, or nested beyond reading', async () => {
    const wide = `{ ${Array.from({ length: 3000 }, (_, index) => `a${index}: __typename`).join(' ')} }`
    await expectRefused(wide, /more than 5000 tokens/)
    const deep = `{ ${'Articles { docs { '.repeat(20)}id${' } }'.repeat(20)} }`
    const { status, body } = await gqlStatus(deep)
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/nests more than 32 selection sets/)
  })
})

describe('request bodies', () => {
  const post = async (path: string, body: BodyInit, headers: Record<string, string>) => {
    await getTestPayload()
    const handler = path === '/api/graphql' ? graphqlHandler(config) : restHandlers(config).POST
    return handler(new Request(`http://localhost:3000${path}`, { method: 'POST', headers, body }), {
      params: Promise.resolve({ slug: path.replace('/api/', '').split('/') }),
    })
  }

  it('answers 413 to a JSON body over 1 MB, on GraphQL and REST alike, and stores nothing', async () => {
    const payload = await getTestPayload()
    const before = await payload.count({ collection: 'comments' })
    const huge = JSON.stringify({ query: `{ ${'a: __typename '.repeat(120_000)} }` })
    expect(huge.length).toBeGreaterThan(1024 * 1024)
    const graphql = await post('/api/graphql', huge, { 'Content-Type': 'application/json' })
    expect(graphql.status).toBe(413)
    expect((await graphql.json()).errors[0].message).toMatch(/larger than 1 MB/)

    const comment = JSON.stringify({ authorName: 'Big', authorEmail: 'big@example.com', body: 'x'.repeat(1024 * 1024) })
    const rest = await post('/api/comments', comment, { 'Content-Type': 'application/json' })
    expect(rest.status).toBe(413)
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before.totalDocs)
  })

  it('stops reading a body without a length as soon as it passes 1 MB', async () => {
    let sent = 0
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const response = await graphqlHandler(config)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: endless,
        // @ts-expect-error Node's fetch needs this for a streamed body; the DOM types lack it.
        duplex: 'half',
      }),
    )
    expect(response.status).toBe(413)
    expect(sent).toBeLessThan(2 * 1024 * 1024)
  })
})

describe('upload limits', () => {
  const uploadForm = (bytes: Uint8Array, name: string, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'A test upload' }))
    return form
  }

  it('refuses a real image larger than 10 MB with 413', async () => {
    const { token } = await createStaff('editor')
    // Random pixels do not compress: a genuine PNG just over the limit.
    const side = 1900
    const noise = new Uint8Array(side * side * 3).map(() => Math.floor(Math.random() * 256))
    const png = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(png.byteLength).toBeGreaterThan(MAX_UPLOAD_BYTES)

    const upload = await rest('POST', '/media', { token, form: uploadForm(png, 'noise.png', 'image/png') })
    expect(upload.status).toBe(413)
    const payload = await getTestPayload()
    expect((await payload.count({ collection: 'media', where: { filename: { like: 'noise' } } })).totalDocs).toBe(0)
  })

  it('refuses an SVG, which can carry script', async () => {
    const { token } = await createStaff('editor')
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>',
    )
    const upload = await rest('POST', '/media', { token, form: uploadForm(svg, 'logo.svg', 'image/svg+xml') })
    expect(upload.status).toBeGreaterThanOrEqual(400)
    expect(upload.status).toBeLessThan(500)
  })
})

describe('login lockout', () => {
  const loginMutation = (email: string, password: string) =>
    gql(`mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }`)

  it('counts wrong passwords sent over GraphQL too, and then refuses the right one everywhere', async () => {
    const { email } = await createStaff('writer', 'graphql-guesser')
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await loginMutation(email, `guess-${attempt}`)
      expect(wrong.body.data?.loginUser ?? null).toBeNull()
    }

    const rightOverRest = await rest('POST', '/users/login', { json: { email, password: TEST_PASSWORD } })
    expect(rightOverRest.status).toBe(401)
    expect(JSON.stringify(rightOverRest.body)).toMatch(/locked/i)

    const rightOverGraphql = await loginMutation(email, TEST_PASSWORD)
    expect(rightOverGraphql.body.data?.loginUser ?? null).toBeNull()
    expect(JSON.stringify(rightOverGraphql.body.errors)).toMatch(/locked/i)
  })

  it('lets only an admin unlock an account before the lock expires', async () => {
    const { email } = await createStaff('moderator', 'locked-out')
    for (let attempt = 0; attempt < 5; attempt++) {
      await rest('POST', '/users/login', { json: { email, password: `guess-${attempt}` } })
    }
    const editor = await createStaff('editor')
    const byEditor = await rest('POST', '/users/unlock', { token: editor.token, json: { email } })
    expect(byEditor.status).toBe(403)
    expect((await rest('POST', '/users/login', { json: { email, password: TEST_PASSWORD } })).status).toBe(401)

    const admin = await createStaff('admin')
    const byAdmin = await rest('POST', '/users/unlock', { token: admin.token, json: { email } })
    expect(byAdmin.status).toBe(200)
    expect(await login(email, TEST_PASSWORD)).toEqual(expect.any(String))
  })
})

describe('session cookie (CSRF)', () => {
  const me = async (token: string, headers: Record<string, string>) =>
    (await rest('GET', '/users/me', { headers: { Cookie: `payload-token=${token}`, ...headers } })).body.user

  it('counts the login cookie only on requests from the site itself', async () => {
    const { token, email } = await createStaff('editor')
    expect((await me(token, { Origin: env.SITE_URL }))?.email).toBe(email)
    expect(await me(token, { 'Sec-Fetch-Site': 'same-origin' })).toMatchObject({ email })
  })

  it('treats a request another site makes with the cookie as anonymous', async () => {
    const { token } = await createStaff('editor')
    expect(await me(token, { Origin: 'https://attacker.example' })).toBeNull()
    expect(await me(token, { 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
    // A script-less client that sends neither header gets nothing from a cookie either.
    expect(await me(token, {})).toBeNull()
  })
})
