import type { Article, Author, Media } from '../payload-types'

const asObject = <T>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

/** Who publishes the site, from Website settings. */
export type Publisher = { name: string; logoUrl?: string | null }

/** schema.org Article and BreadcrumbList for an article page. */
export function articleStructuredData(article: Article, siteUrl: string, publisher: Publisher) {
  const url = `${siteUrl}/articles/${article.slug}`
  const author = asObject<Author>(article.author)
  const reviewer = asObject<Author>(article.reviewer)
  const hero = asObject<Media>(article.heroImage)
  const image = hero?.sizes?.social?.url ?? hero?.url
  const person = (who: Author) => ({
    '@type': 'Person',
    name: who.name,
    url: `${siteUrl}/authors/${who.slug}`,
    jobTitle: who.jobTitle ?? undefined,
  })
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: article.title,
      description: article.meta?.description ?? article.excerpt ?? undefined,
      image: image ? [new URL(image, siteUrl).toString()] : undefined,
      datePublished: article.publishedAt ?? undefined,
      dateModified: article.updatedAt,
      mainEntityOfPage: url,
      author: author ? person(author) : undefined,
      // schema.org puts reviewedBy on WebPage; search engines read it from the page the article is on.
      ...(reviewer ? { reviewedBy: person(reviewer), lastReviewed: article.reviewedAt ?? undefined } : {}),
      publisher: {
        '@type': 'Organization',
        name: publisher.name,
        url: siteUrl,
        logo: publisher.logoUrl
          ? { '@type': 'ImageObject', url: new URL(publisher.logoUrl, siteUrl).toString() }
          : undefined,
      },
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Articles', item: `${siteUrl}/` },
        { '@type': 'ListItem', position: 2, name: article.title, item: url },
      ],
    },
  ]
}
