import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getPublishedArticle } from '../../src/data/articles'
import { getRelatedArticles } from '../../src/data/related'
import { MAIN_ARTICLE_SLUG } from '../../src/seed/articles'
import { runSeed } from '../../src/seed/runSeed'
import { getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  await runSeed(payload, { password: 'related-test-password' })
})

describe('“You may also like” on the seeded archive', () => {
  it('puts the pinned article first, then articles sharing causes, never the article itself or a draft', async () => {
    const article = (await getPublishedArticle(MAIN_ARTICLE_SLUG))!
    const related = await getRelatedArticles(article, 3)
    expect(related).toHaveLength(3)
    expect(related[0]).toMatchObject({ slug: '5-signs-you-are-overtraining', why: 'Recommended by our editors' })
    for (const card of related.slice(1)) expect(card.why).toMatch(/^Also about /)
    const slugs = related.map((card) => card.slug)
    expect(slugs).not.toContain(MAIN_ARTICLE_SLUG)
    for (const hidden of [
      'sleep-and-running',
      'why-your-calves-burn-on-hills',
      'coming-back-from-a-break-3-mistakes',
    ]) {
      expect(slugs).not.toContain(hidden)
    }
  })

  it('shows as many cards as the setting asks for', async () => {
    const article = (await getPublishedArticle('how-much-should-runners-drink'))!
    expect(await getRelatedArticles(article, 1)).toHaveLength(1)
    expect(await getRelatedArticles(article, 0)).toEqual([])
  })
})
