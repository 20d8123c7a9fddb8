import type { TypedUser } from 'payload'
import { cache } from 'react'

import { COLLECTION } from '../constants'
import type { Article } from '../payload-types'
import { AS_READER, payloadClient, PUBLISHED } from './payload'

/** What a card needs: no bodies, the hero image for its sizes. */
export const CARD_SELECT = {
  title: true,
  slug: true,
  excerpt: true,
  heroImage: true,
  publishedAt: true,
  updatedAt: true,
  author: true,
} as const

export type ArticleCardData = Pick<
  Article,
  'id' | 'title' | 'slug' | 'excerpt' | 'heroImage' | 'publishedAt' | 'updatedAt' | 'author'
>

/** A published article with its causes, author, reviewer and images: everything its page shows. */
export const getPublishedArticle = cache(async (slug: string): Promise<Article | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: COLLECTION.articles,
    where: { and: [{ slug: { equals: slug } }, PUBLISHED] },
    depth: 2,
    limit: 1,
    // Lists that show no page numbers skip Payload's count query, which can cost more than the rows.
    pagination: false,
    ...AS_READER,
  })
  return docs[0] ?? null
})

/** The latest draft of an article, read with the staff member's own access (draft mode only). */
export const getArticleDraft = cache(async (slug: string, user: TypedUser): Promise<Article | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: COLLECTION.articles,
    where: { slug: { equals: slug } },
    draft: true,
    depth: 2,
    limit: 1,
    overrideAccess: false,
    user,
  })
  return docs[0] ?? null
})

export const listLatestArticles = cache(async (page: number, perPage: number) => {
  const payload = await payloadClient()
  return payload.find({
    collection: COLLECTION.articles,
    where: PUBLISHED,
    sort: '-publishedAt',
    page,
    limit: perPage,
    depth: 1,
    select: CARD_SELECT,
    ...AS_READER,
  })
})

export const listArticlesByAuthor = cache(async (authorId: number) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: COLLECTION.articles,
    where: { and: [PUBLISHED, { author: { equals: authorId } }] },
    sort: '-publishedAt',
    limit: 100,
    pagination: false,
    depth: 1,
    select: CARD_SELECT,
    ...AS_READER,
  })
  return docs as ArticleCardData[]
})

export const listArticlesCitingCause = cache(async (causeId: number) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: COLLECTION.articles,
    where: { and: [PUBLISHED, { 'reasons.cause': { equals: causeId } }] },
    sort: '-publishedAt',
    limit: 100,
    pagination: false,
    depth: 1,
    select: CARD_SELECT,
    ...AS_READER,
  })
  return docs as ArticleCardData[]
})

/** Slugs and dates of published articles, newest first: all of them for the sitemap, or the newest `limit`. */
export async function listPublishedArticleSlugs({ limit = 0 }: { limit?: number } = {}): Promise<
  Array<{ slug: string; updatedAt: string }>
> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: COLLECTION.articles,
    where: PUBLISHED,
    select: { slug: true, updatedAt: true },
    sort: '-publishedAt',
    limit,
    pagination: false,
    depth: 0,
    ...AS_READER,
  })
  return docs.filter((doc) => doc.slug).map((doc) => ({ slug: doc.slug!, updatedAt: doc.updatedAt }))
}
