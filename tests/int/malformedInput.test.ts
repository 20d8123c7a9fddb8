import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { MEDIA_DIR } from '../../collections/Media'
import { QUERY_LIMITS } from '../../collections/shared/queryLimits'
import { validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/restClient'
import { PUBLISHED_FIXTURE } from '../helpers/review'
import { createStaff } from '../helpers/staff'

/** Malformed or greedy requests get a 4xx that names what is wrong, never a 500, and change nothing. */

const png = () =>
  sharp({ create: { width: 1000, height: 600, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .png()
    .toBuffer()

function uploadForm(bytes: Buffer, name: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: 'A small orange rectangle' }))
  return form
}

async function publishedArticle() {
  const payload = await getTestPayload()
  return payload.create({ collection: 'articles', data: { ...(await validArticleData(1)), ...PUBLISHED_FIXTURE } })
}

describe('_status', () => {
  it.each([['Published'], ['xyz'], [['published']], [1]])(
    'refuses %j, naming the field, and stores nothing',
    async (value) => {
      const { token } = await createStaff('editor')
      const article = await publishedArticle()
      const response = await rest('PATCH', `/articles/${article.id}?draft=true`, {
        token,
        json: { _status: value, title: 'A title that must not be stored' },
      })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors).toEqual([
        { path: '_status', message: expect.stringMatching(/draft.*published/) },
      ])
      const payload = await getTestPayload()
      const stored = await payload.findByID({ collection: 'articles', id: article.id, draft: true })
      expect(stored._status).toBe('published')
      expect(stored.title).toBe(article.title)
    },
  )

  it('still accepts the two real values', async () => {
    const { token } = await createStaff('editor')
    const article = await publishedArticle()
    const response = await rest('PATCH', `/articles/${article.id}?draft=true`, { token, json: { _status: 'draft' } })
    expect(response.status).toBe(200)
  })
})

describe('ids and routes that name nothing', () => {
  it.each(['abc', '1.5', '3000000000', '-1'])('answers 404 to /api/articles/%s', async (id) => {
    const response = await rest('GET', `/articles/${id}`)
    expect(response.status).toBe(404)
  })

  it('answers 404 to the versions of a collection that keeps none, for staff too', async () => {
    const { token } = await createStaff('editor')
    const list = await rest('GET', '/comments/versions', { token })
    expect(list.status).toBe(404)
    expect(list.body.errors[0].message).toMatch(/comments keeps no versions/)
    expect((await rest('GET', '/comments/versions/1', { token })).status).toBe(404)
  })

  it('answers 400 to a where that is not JSON, and to a limit that is not a number', async () => {
    const where = await rest('GET', '/articles?where=%7Bbad')
    expect(where.status).toBe(400)
    expect(where.body.errors[0].message).toMatch(/could not be read/)
    const limit = await rest('GET', '/articles?limit=abc')
    expect(limit.status).toBe(400)
    expect(limit.body.errors[0].data.errors[0].path).toBe('limit')
  })

  it('answers 400 to a JSON body that is not JSON', async () => {
    await getTestPayload()
    const response = await rest('POST', '/comments', { headers: { 'Content-Type': 'application/json' }, body: '{bad' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/JSON/)
  })
})

describe('uploads', () => {
  it('refuses a file name with a NUL byte, naming the field, however it is written', async () => {
    const { token } = await createStaff('editor')
    // As FormData writes it, the NUL breaks the part's header.
    const raw = await rest('POST', '/media', { token, form: uploadForm(await png(), 'hero\u0000.png') })
    expect(raw.status).toBe(400)
    expect(raw.body.errors[0].data.errors[0].path).toBe('file')
    // Percent-encoded (RFC 5987), it reaches the upload as a name with a NUL in it.
    const bytes = await png()
    const body = Buffer.concat([
      Buffer.from(
        '--XYZ\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8\'\'hero%00.png\r\nContent-Type: image/png\r\n\r\n',
      ),
      bytes,
      Buffer.from(
        '\r\n--XYZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"An orange block"}\r\n--XYZ--\r\n',
      ),
    ])
    const encoded = await rest('POST', '/media', {
      token,
      headers: { 'Content-Type': 'multipart/form-data; boundary=XYZ' },
      body: new Uint8Array(body),
    })
    expect(encoded.status).toBe(400)
    expect(encoded.body.errors[0].data.errors[0]).toEqual({
      path: 'file',
      message: expect.stringMatching(/control characters/),
    })
    expect((await (await getTestPayload()).count({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('answers 400 to multipart bodies that end early or lack their boundary', async () => {
    const { token } = await createStaff('editor')
    const truncated = await rest('POST', '/media', {
      token,
      headers: { 'Content-Type': 'multipart/form-data; boundary=XYZ' },
      body: '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nabc',
    })
    expect(truncated.status).toBe(400)
    const noBoundary = await rest('POST', '/media', {
      token,
      headers: { 'Content-Type': 'multipart/form-data' },
      body: 'whatever',
    })
    expect(noBoundary.status).toBe(400)
    expect((await (await getTestPayload()).count({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('answers 404, not 500, for a file missing from disk', async () => {
    const { token } = await createStaff('editor')
    const upload = await rest('POST', '/media', { token, form: uploadForm(await png(), 'vanishing.png') })
    expect(upload.status).toBe(201)
    const { filename } = upload.body.doc
    fs.rmSync(path.join(MEDIA_DIR, filename))
    const response = await rest('GET', `/media/file/${filename}`)
    expect(response.status).toBe(404)
    const other = await rest('GET', `/media/file/${upload.body.doc.sizes.card.filename}`)
    expect(other.status).toBe(200)
  })
})

describe('GraphQL', () => {
  it('tells an anonymous visitor it may not open the admin, instead of answering 500', async () => {
    const { status, body } = await gql('{ Access { canAccessAdmin } }')
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Access.canAccessAdmin).toBe(false)
    const { token } = await createStaff('editor')
    expect((await gql('{ Access { canAccessAdmin } }', { token })).body.data.Access.canAccessAdmin).toBe(true)
  })
})

describe('the most expensive requests', () => {
  const titles = (count: number) => Array.from({ length: count }, (_, index) => `t${index}`)

  it('refuses an `in` with more values than a page, over REST and GraphQL alike', async () => {
    const response = await rest('GET', `/articles?where[title][in]=${titles(QUERY_LIMITS.maxValues + 1).join(',')}`)
    expect(response.status).toBe(400)
    const [problem] = response.body.errors[0].data.errors
    expect(problem.path).toBe('where.title.in')
    expect(problem.message).toMatch(/at most 100 values \(101 given\)/)

    const graphql = await gql(`{ Articles(where: { title: { in: ${JSON.stringify(titles(101))} } }) { docs { id } } }`)
    expect(graphql.body.errors[0].message).toBe(problem.message)
    expect(graphql.body.errors[0].extensions.data.errors).toEqual([problem])

    expect((await rest('GET', `/articles?where[title][in]=${titles(100).join(',')}`)).status).toBe(200)
  })

  it('refuses a like of many words, a long value, deep paths and too many conditions', async () => {
    const words = Array.from({ length: 3000 }, (_, index) => `word${index}`).join(' ')
    const like = await rest('GET', `/articles?where[title][like]=${encodeURIComponent(words.slice(0, 150))}`)
    expect(like.status).toBe(400)
    expect(like.body.errors[0].data.errors[0]).toEqual({
      path: 'where.title.like',
      message: expect.stringMatching(/at most 8 words/),
    })

    const long = await rest('GET', `/articles?where[title][equals]=${'x'.repeat(201)}`)
    expect(long.body.errors[0].data.errors[0].message).toMatch(/at most 200 characters/)

    const path = await rest('GET', '/articles?where[relatedPinned.relatedPinned.relatedPinned.title][equals]=x')
    expect(path.status).toBe(400)
    expect(path.body.errors[0].data.errors[0].path).toBe('where.relatedPinned.relatedPinned.relatedPinned.title')

    const conditions = Array.from({ length: 26 }, (_, index) => `where[or][${index}][title][equals]=t${index}`).join(
      '&',
    )
    const many = await rest('GET', `/articles?${conditions}`)
    expect(many.status).toBe(400)
    expect(many.body.errors[0].message).toMatch(/at most 25 conditions/)

    const joins = (count: number) =>
      Array.from({ length: count }, (_, index) => `where[or][${index}][reasons.cause.title][like]=w${index}`).join('&')
    expect((await rest('GET', `/articles?${joins(5)}`)).status).toBe(200)
    const tooManyJoins = await rest('GET', `/articles?${joins(6)}`)
    expect(tooManyJoins.status).toBe(400)
    expect(tooManyJoins.body.errors[0].message).toMatch(/at most 5 conditions on dotted field paths/)
  })

  it('gives anonymous clients pages of at most 50, and staff the admin’s larger lists', async () => {
    for (const query of ['limit=51', 'limit=0', 'pagination=false']) {
      const response = await rest('GET', `/articles?${query}`)
      expect(response.status, query).toBe(400)
      expect(response.body.errors[0].data.errors[0].path).toBe('limit')
    }
    expect((await rest('GET', '/articles?limit=50')).status).toBe(200)
    const { token } = await createStaff('editor')
    expect((await rest('GET', '/articles?limit=500', { token })).status).toBe(200)
  })

  it('lowers depth to 3, and reads pinned related articles one level deep only', async () => {
    const payload = await getTestPayload()
    const first = await publishedArticle()
    const second = await payload.create({
      collection: 'articles',
      data: { ...(await validArticleData(1)), relatedPinned: [first.id], ...PUBLISHED_FIXTURE },
    })
    await payload.update({ collection: 'articles', id: first.id, data: { relatedPinned: [second.id] } })
    const response = await rest('GET', `/articles/${second.id}?depth=100`)
    expect(response.status).toBe(200)
    const pinned = response.body.relatedPinned[0]
    expect(pinned.id).toBe(first.id)
    // The pinned article's own pins are ids, not documents that pin documents, and so on.
    expect(pinned.relatedPinned).toEqual([second.id])
  })
})
