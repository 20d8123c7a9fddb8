import { cache } from 'react'
import type { Where } from 'payload'

import { CAUSE_CATEGORIES, COLLECTION } from '../constants'
import { rankRelated, type RelatedCandidate } from '../domain/relatedRanking'
import type { Article } from '../payload-types'
import { CARD_SELECT, type ArticleCardData } from './articles'
import { AS_READER, payloadClient, PUBLISHED } from './payload'
import { idOf } from '../domain/ids'

/** Enough candidates to rank well; the cost stays the same however large the archive grows. */
const CANDIDATE_LIMIT = 60

export type RelatedCard = ArticleCardData & { why: string }

/**
 * "You may also like" for one article, with a bounded number of small queries: articles sharing a
 * cause, the pinned ones and the latest (which may share a category) — never the whole archive.
 */
export const getRelatedArticles = cache(async (article: Article, limit: number): Promise<RelatedCard[]> => {
  if (limit <= 0) return []
  const payload = await payloadClient()
  const causes = (article.reasons ?? [])
    .map((reason) => reason.cause)
    .filter((cause) => cause && typeof cause === 'object')
  const causeIds = [...new Set(causes.map((cause) => (cause as { id: number }).id))]
  const categories = [...new Set(causes.map((cause) => (cause as { category: string }).category).filter(Boolean))]
  const pinnedIds = (article.relatedPinned ?? []).map((ref) => idOf(ref)).filter((id): id is number => id != null)
  const notSelf: Where = { id: { not_equals: article.id } }
  const candidateSelect = { publishedAt: true, reasons: { cause: true } } as const

  const sameCategoryCauses = categories.length
    ? await payload.find({
        collection: COLLECTION.causes,
        where: { category: { in: categories } },
        select: { category: true },
        limit: 200,
        // No page count: on a joined query it costs more than the rows themselves.
        pagination: false,
        depth: 0,
        ...AS_READER,
      })
    : { docs: [] }
  const categoryOfCause = new Map(sameCategoryCauses.docs.map((cause) => [cause.id, cause.category as string]))

  const find = (where: Where[], limitTo: number) =>
    payload.find({
      collection: COLLECTION.articles,
      where: { and: [PUBLISHED, notSelf, ...where] },
      select: candidateSelect,
      sort: '-publishedAt',
      limit: limitTo,
      pagination: false,
      depth: 0,
      ...AS_READER,
    })

  // Articles sharing only a category are found among the latest ones: asking the whole archive
  // for "cites any cause of these categories" joins most of it and grew with every article
  // (bench/findings.md); the latest also fill the list when too few share anything.
  const [byCause, recent, pinned] = await Promise.all([
    causeIds.length ? find([{ 'reasons.cause': { in: causeIds } }], CANDIDATE_LIMIT) : { docs: [] },
    find([], CANDIDATE_LIMIT),
    pinnedIds.length ? find([{ id: { in: pinnedIds } }], pinnedIds.length) : { docs: [] },
  ])
  // How common each cause is, for weighting rare shared causes higher, estimated from the latest
  // articles: counting the whole archive took one joined count per cause, the slowest part of the
  // page (bench/findings.md); for a weighting, the share among the newest articles is close enough.
  const causeFrequency = new Map(
    causeIds.map((id) => [
      String(id),
      recent.docs.filter((doc) => (doc.reasons ?? []).some((reason) => idOf(reason.cause) === id)).length,
    ]),
  )

  const candidates = new Map<string, RelatedCandidate>()
  for (const doc of [...byCause.docs, ...recent.docs, ...pinned.docs]) {
    const ids = (doc.reasons ?? []).map((reason) => idOf(reason.cause)).filter((id): id is number => id != null)
    candidates.set(String(doc.id), {
      id: String(doc.id),
      publishedAt: doc.publishedAt ?? '',
      causeIds: ids.map(String),
      categories: ids.map((id) => categoryOfCause.get(id)).filter((category): category is string => Boolean(category)),
    })
  }

  const ranked = rankRelated({
    article: {
      id: String(article.id),
      causeIds: causeIds.map(String),
      categories,
      pinnedIds: pinnedIds.map(String),
    },
    candidates: [...candidates.values()],
    causeFrequency,
    totalArticles: recent.docs.length,
    causeTitles: new Map(
      causes.map((cause) => [String((cause as { id: number }).id), (cause as { title: string }).title]),
    ),
    categoryLabels: new Map(CAUSE_CATEGORIES.map(({ value, label }) => [value, label])),
    limit,
  })
  if (!ranked.length) return []

  const cards = await payload.find({
    collection: COLLECTION.articles,
    where: { and: [PUBLISHED, { id: { in: ranked.map((entry) => Number(entry.id)) } }] },
    select: CARD_SELECT,
    depth: 1,
    limit: ranked.length,
    pagination: false,
    ...AS_READER,
  })
  const cardById = new Map(cards.docs.map((card) => [String(card.id), card as ArticleCardData]))
  return ranked.flatMap((entry) => {
    const card = cardById.get(entry.id)
    return card ? [{ ...card, why: entry.why }] : []
  })
})
