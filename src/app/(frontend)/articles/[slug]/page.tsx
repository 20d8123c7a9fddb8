import type { Metadata } from 'next'
import Link from 'next/link'
import { draftMode, headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { ArticleCard } from '@/components/ArticleCard'
import { articleStructuredData } from '@/components/articleStructuredData'
import { AuthorBox } from '@/components/AuthorBox'
import { CommentsSection } from '@/components/CommentsSection'
import { formatDate } from '@/components/formatDate'
import { JsonLd } from '@/components/JsonLd'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichText } from '@/components/RichText'
import { ShareLinks } from '@/components/ShareLinks'
import { SourcesList } from '@/components/SourcesList'
import { LivePreviewListener } from '@/components/LivePreviewListener.client'
import { PreviewBanner } from '@/components/PreviewBanner'
import { getArticleDraft, getPublishedArticle, listPublishedArticleSlugs } from '@/data/articles'
import { getRelatedArticles } from '@/data/related'
import { getSiteSettings } from '@/data/settings'
import { articleText, readingMinutes } from '@/domain/readingTime'
import { slugify } from '@/domain/slugify'
import { env } from '@/env'
import { staffFromHeaders } from '@/preview/staffFromHeaders'
import type { Author, Cause, Media } from '@/payload-types'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true

/**
 * The build renders the newest articles ahead; older ones are rendered on their first request and
 * cached from then on, so a 10,000-article archive does not make every build ten minutes longer.
 */
const PRERENDERED_ARTICLES = 200

export async function generateStaticParams() {
  return (await listPublishedArticleSlugs({ limit: PRERENDERED_ARTICLES })).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const article = await getPublishedArticle(slug)
  if (!article) return { title: 'Article not found' }
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  const social = hero?.sizes?.social
  const description = article.meta?.description ?? article.excerpt ?? undefined
  const { siteName } = await getSiteSettings()
  const images = social?.url
    ? [{ url: social.url, width: social.width ?? 1200, height: social.height ?? 630, alt: hero?.alt }]
    : undefined
  return {
    title: article.meta?.title ? { absolute: article.meta.title } : article.title,
    description,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: {
      type: 'article',
      title: article.title,
      description,
      url: `/articles/${article.slug}`,
      siteName,
      images,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description,
      images: images?.map((image) => image.url),
    },
  }
}

/**
 * Readers get the published article from the cache. In draft mode (staff preview) the page renders per
 * request and shows the latest draft, but only to a signed-in staff member.
 */
async function loadArticle(slug: string) {
  const { isEnabled: isPreview } = await draftMode()
  if (isPreview) {
    const user = await staffFromHeaders(await headers())
    if (user) return { article: await getArticleDraft(slug, user), isPreview: true }
  }
  return { article: await getPublishedArticle(slug), isPreview: false }
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const { article, isPreview } = await loadArticle(slug)
  if (!article) notFound()

  const { relatedCount, siteName, logo } = await getSiteSettings()
  const related = await getRelatedArticles(article, relatedCount)
  const author = typeof article.author === 'object' ? (article.author as Author) : null
  const reviewer = typeof article.reviewer === 'object' ? (article.reviewer as Author | null) : null
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  const reasons = (article.reasons ?? []).map((reason, index) => ({
    ...reason,
    cause: typeof reason.cause === 'object' ? (reason.cause as Cause) : null,
    anchor: `reason-${index + 1}-${slugify(reason.heading ?? '')}`.replace(/-$/, ''),
  }))
  const fullText = articleText(article as Parameters<typeof articleText>[0])
  const url = `${env.SITE_URL}/articles/${article.slug}`
  const isUpdated =
    article.publishedAt && new Date(article.updatedAt).getTime() - new Date(article.publishedAt).getTime() > 86_400_000

  return (
    <article className="article">
      {isPreview ? (
        <>
          <PreviewBanner path={`/articles/${slug}`} />
          <LivePreviewListener serverURL={env.SITE_URL} />
        </>
      ) : null}
      <JsonLd data={articleStructuredData(article, env.SITE_URL, { name: siteName, logoUrl: logo?.url })} />
      <header className="article__header">
        <h1 className="article__title">{article.title}</h1>
        <p className="article__byline">
          {author ? (
            <>
              By <Link href={`/authors/${author.slug}`}>{author.name}</Link>
            </>
          ) : null}
          {article.publishedAt ? (
            <>
              {' · '}Published <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            </>
          ) : null}
          {isUpdated ? (
            <>
              {' · '}Updated <time dateTime={article.updatedAt}>{formatDate(article.updatedAt)}</time>
            </>
          ) : null}
          {' · '}
          {readingMinutes(fullText)} min read
        </p>
        {reviewer ? (
          <p className="article__reviewed">
            Reviewed by <Link href={`/authors/${reviewer.slug}`}>{reviewer.name}</Link>
            {reviewer.jobTitle ? `, ${reviewer.jobTitle}` : ''}
            {article.reviewedAt ? ` on ${formatDate(article.reviewedAt)}` : ''}
          </p>
        ) : null}
      </header>

      {hero ? (
        <figure className="article__hero">
          <ResponsiveImage image={hero} sizes="(min-width: 48rem) 46rem, 100vw" priority />
          {hero.caption || hero.credit ? (
            <figcaption>{[hero.caption, hero.credit].filter(Boolean).join(' · ')}</figcaption>
          ) : null}
        </figure>
      ) : null}

      <div className="prose">
        <RichText data={article.intro} />
      </div>

      {reasons.length ? (
        <nav className="toc" aria-labelledby="toc-heading">
          <h2 id="toc-heading">In this article</h2>
          <ol>
            {reasons.map((reason) => (
              <li key={reason.id ?? reason.anchor}>
                <a href={`#${reason.anchor}`}>{reason.heading}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}

      {reasons.map((reason, index) => (
        <section key={reason.id ?? reason.anchor} className="reason" aria-labelledby={reason.anchor}>
          <h2 id={reason.anchor}>
            <span className="reason__number">{index + 1}.</span> {reason.heading}
          </h2>
          <div className="prose">
            <RichText data={reason.body} />
          </div>
          {reason.cause ? (
            <>
              <SourcesList sources={reason.cause.sources} headingId={`${reason.anchor}-sources`} />
              <p className="reason__cause">
                More about <Link href={`/causes/${reason.cause.slug}`}>{reason.cause.title.toLowerCase()}</Link>
              </p>
            </>
          ) : null}
        </section>
      ))}

      {article.conclusion ? (
        <section className="prose conclusion" aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">The short version</h2>
          <RichText data={article.conclusion} />
        </section>
      ) : null}

      <ShareLinks
        url={url}
        title={article.title}
        imageUrl={hero?.sizes?.social?.url ? new URL(hero.sizes.social.url, env.SITE_URL).toString() : null}
      />
      {author ? <AuthorBox author={author} /> : null}

      {related.length ? (
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading">You may also like</h2>
          <ul className="card-grid card-grid--three">
            {related.map((card) => (
              <li key={card.id}>
                <ArticleCard article={card} why={card.why} headingLevel="h3" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <CommentsSection articleId={article.id} slug={article.slug!} isOpen={article.commentsOpen !== false} />
    </article>
  )
}
