import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleSection } from '@/components/ArticleSection'
import { JsonLd } from '@/components/JsonLd'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichText } from '@/components/RichText'
import { listArticlesByAuthor } from '@/data/articles'
import { getAuthor, listAuthorSlugs } from '@/data/authors'
import { plainTextOf, type LexicalState } from '@/domain/richText'
import { env } from '@/env'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true

export async function generateStaticParams() {
  return (await listAuthorSlugs()).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthor((await params).slug)
  if (!author) return { title: 'Author not found' }
  return {
    title: author.name,
    description:
      plainTextOf(author.bio as LexicalState).slice(0, 160) || `${author.name}, ${author.jobTitle ?? 'Legwork'}`,
    alternates: { canonical: `/authors/${author.slug}` },
    openGraph: { type: 'profile', title: author.name, url: `/authors/${author.slug}` },
  }
}

export default async function AuthorPage({ params }: Props) {
  const author = await getAuthor((await params).slug)
  if (!author) notFound()
  const articles = await listArticlesByAuthor(author.id)
  const links = Object.values(author.links ?? {}).filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  )

  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Person',
          name: author.name,
          jobTitle: author.jobTitle ?? undefined,
          url: `${env.SITE_URL}/authors/${author.slug}`,
          description: plainTextOf(author.bio as LexicalState) || undefined,
          knowsAbout: author.expertise?.length ? author.expertise : undefined,
          sameAs: links.length ? links : undefined,
        }}
      />
      <header className="profile">
        <ResponsiveImage image={author.avatar} crop="thumbnail" sizes="8rem" className="profile__avatar" priority />
        <div>
          <h1>{author.name}</h1>
          {author.jobTitle ? <p className="profile__job">{author.jobTitle}</p> : null}
          {author.credentials ? <p className="profile__credentials">{author.credentials}</p> : null}
          <RichText data={author.bio} className="prose" />
          {author.expertise?.length ? (
            <p className="profile__expertise">Writes about {author.expertise.join(', ')}.</p>
          ) : null}
          {links.length ? (
            <ul className="profile__links">
              {links.map((href) => (
                <li key={href}>
                  <a href={href} rel="me noopener">
                    {new URL(href).hostname.replace(/^www\./, '')}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </header>
      <ArticleSection
        id="author-articles"
        heading={`Articles by ${author.name}`}
        articles={articles}
        emptyText="No published articles yet."
      />
    </>
  )
}
