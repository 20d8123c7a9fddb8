import type { MetadataRoute } from 'next'

import { listPublishedArticleSlugs } from '@/data/articles'
import { listAuthorSlugs } from '@/data/authors'
import { listPublishedCauses } from '@/data/causes'
import { env } from '@/env'

/** Exactly the published articles and causes and the author pages, with their last change. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, authors, causes] = await Promise.all([
    listPublishedArticleSlugs(),
    listAuthorSlugs(),
    listPublishedCauses(),
  ])
  const newest = articles
    .map((article) => article.updatedAt)
    .sort()
    .at(-1)
  return [
    { url: `${env.SITE_URL}/`, lastModified: newest },
    {
      url: `${env.SITE_URL}/causes`,
      lastModified: causes
        .map((cause) => cause.updatedAt)
        .sort()
        .at(-1),
    },
    ...articles.map(({ slug, updatedAt }) => ({ url: `${env.SITE_URL}/articles/${slug}`, lastModified: updatedAt })),
    ...authors.map(({ slug, updatedAt }) => ({ url: `${env.SITE_URL}/authors/${slug}`, lastModified: updatedAt })),
    ...causes
      .filter((cause) => cause.slug)
      .map((cause) => ({ url: `${env.SITE_URL}/causes/${cause.slug}`, lastModified: cause.updatedAt })),
  ]
}
