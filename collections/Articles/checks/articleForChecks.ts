import type { PayloadRequest } from 'payload'

import { COLLECTION } from '../../../src/constants'
import type { ArticleForChecks } from '../../../src/domain/editorialChecks'
import { blocksOf, type LexicalState } from '../../../src/domain/richText'
import { idOf } from '../../shared/refs'


type ArticleLike = {
  title?: string | null
  heroImage?: unknown
  intro?: unknown
  conclusion?: unknown
  meta?: { description?: string | null } | null
  reasons?: Array<{ cause?: unknown; heading?: string | null; body?: unknown }> | null
}

/** Loads what the checks need (hero alt text, each cause's title and sources) and flattens the rich text. */
export async function articleForChecks(article: ArticleLike, req: PayloadRequest): Promise<ArticleForChecks> {
  const reasons = article.reasons ?? []
  const causeIds = [...new Set(reasons.map((reason) => idOf(reason.cause)).filter((id) => id != null))]
  const heroId = idOf(article.heroImage)

  const [causes, hero] = await Promise.all([
    causeIds.length
      ? req.payload.find({
          collection: COLLECTION.causes,
          where: { id: { in: causeIds } },
          select: { title: true, sources: true },
          depth: 0,
          limit: causeIds.length,
          draft: true,
          req,
        })
      : Promise.resolve({ docs: [] }),
    heroId != null
      ? req.payload.findByID({ collection: COLLECTION.media, id: heroId, depth: 0, req, disableErrors: true })
      : Promise.resolve(null),
  ])
  const causeById = new Map(causes.docs.map((cause) => [String(cause.id), cause]))

  return {
    title: article.title ?? '',
    seoDescription: article.meta?.description ?? null,
    hasHeroImage: heroId != null,
    heroImageAlt: hero?.alt ?? null,
    intro: blocksOf(article.intro as LexicalState),
    conclusion: blocksOf(article.conclusion as LexicalState),
    reasons: reasons.map((reason) => {
      const cause = causeById.get(String(idOf(reason.cause)))
      return {
        heading: reason.heading,
        causeTitle: cause?.title ?? null,
        causeHasSources: Boolean(cause?.sources?.length),
        paragraphs: blocksOf(reason.body as LexicalState),
      }
    }),
  }
}
