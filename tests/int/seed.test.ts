import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runSeed } from '../../src/seed/runSeed'
import { SEED_ARTICLES } from '../../src/seed/articles'
import { seedPassword, SeedRefusedError } from '../../src/seed/seedPassword'
import { getTestPayload } from '../helpers/payload'
import { login, rest } from '../helpers/restClient'

const COLLECTIONS = ['users', 'authors', 'causes', 'media', 'articles', 'comments', 'payload-jobs'] as const
let payload: Payload

async function counts() {
  const entries = await Promise.all(
    COLLECTIONS.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('demo seed', () => {
  it('loads the newsroom, and a second run adds nothing', async () => {
    const first = await runSeed(payload, { password: 'seed-test-password' })
    expect(first.created).toBeGreaterThan(40)
    const afterFirst = await counts()

    const second = await runSeed(payload, { password: 'seed-test-password' })
    expect(second.created).toBe(0)
    expect(await counts()).toEqual(afterFirst)
    expect(afterFirst.users).toBe(4)
    expect(afterFirst.articles).toBe(SEED_ARTICLES.length)
    const statuses = await payload.find({ collection: 'comments', limit: 100, depth: 0 })
    expect(new Set(statuses.docs.map((comment) => comment.status))).toEqual(new Set(['approved', 'pending', 'spam']))
    expect(statuses.docs.some((comment) => comment.parent)).toBe(true)
  })

  it('publishes the heavy-legs article with its eight reasons, each citing a cause with sources', async () => {
    const response = await rest(
      'GET',
      '/articles?where[slug][equals]=8-reasons-why-you-feel-your-legs-heavy-when-you-run&depth=1',
    )
    const article = response.body.docs[0]
    expect(article.title).toBe('8 reasons why you feel your legs heavy when you run')
    expect(article.reasons).toHaveLength(8)
    for (const reason of article.reasons) {
      expect(reason.heading).toBeTruthy()
      expect(reason.cause.sources.length).toBeGreaterThan(0)
    }
    expect(article.heroImage.alt).toBeTruthy()
    expect(article.heroImage.sizes.social.width).toBe(1200)
  })

  it('keeps every seeded article whole: each published one has its reasons and author', async () => {
    const published = await rest('GET', '/articles?limit=50&depth=0')
    for (const article of published.body.docs) {
      const expected = SEED_ARTICLES.find((seeded) => seeded.slug === article.slug)!
      expect(article.reasons, article.slug).toHaveLength(expected.reasons.length)
      expect(article.author, article.slug).toBeTruthy()
    }
  })

  it('shows readers at least 13 published articles and keeps the scheduled, in-review and draft ones hidden', async () => {
    const published = await rest('GET', '/articles?limit=50')
    expect(published.body.totalDocs).toBeGreaterThanOrEqual(13)
    const stages = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'draft' } },
      limit: 10,
      depth: 0,
    })
    expect(stages.docs.map((doc) => doc.stage).sort()).toEqual(['approved', 'draft', 'in_review'])
    const { totalDocs: scheduled } = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    expect(scheduled).toBe(1)
  })

  it('creates one account per role that can sign in with the seed password', async () => {
    for (const role of ['admin', 'editor', 'writer', 'moderator']) {
      const token = await login(`${role}@legwork.test`, 'seed-test-password')
      const me = await rest('GET', '/users/me', { token })
      expect(me.body.user.roles).toEqual([role])
    }
  })

  it('refuses to seed production without SEED_PASSWORD', () => {
    expect(() => seedPassword({ NODE_ENV: 'production', SEED_PASSWORD: undefined }, () => {})).toThrow(SeedRefusedError)
    const printed: string[] = []
    expect(
      seedPassword({ NODE_ENV: 'development', SEED_PASSWORD: undefined }, (line) => printed.push(line)),
    ).toBeTruthy()
    expect(printed.join()).toContain('development password')
  })
})
