import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleSection } from '@/components/ArticleSection'
import { RichText } from '@/components/RichText'
import { SourcesList } from '@/components/SourcesList'
import { CAUSE_CATEGORIES } from '@/constants'
import { listArticlesCitingCause } from '@/data/articles'
import { getPublishedCause, listPublishedCauses } from '@/data/causes'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true

export async function generateStaticParams() {
  return (await listPublishedCauses()).filter((cause) => cause.slug).map((cause) => ({ slug: cause.slug! }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cause = await getPublishedCause((await params).slug)
  if (!cause) return { title: 'Cause not found' }
  return { title: cause.title, description: cause.summary, alternates: { canonical: `/causes/${cause.slug}` } }
}

export default async function CausePage({ params }: Props) {
  const cause = await getPublishedCause((await params).slug)
  if (!cause) notFound()
  const articles = await listArticlesCitingCause(cause.id)
  const category = CAUSE_CATEGORIES.find((entry) => entry.value === cause.category)

  return (
    <article className="cause">
      <header>
        {category ? <p className="cause__category">{category.label}</p> : null}
        <h1>{cause.title}</h1>
        <p className="lead">{cause.summary}</p>
      </header>
      <RichText data={cause.body} className="prose" />
      <SourcesList sources={cause.sources} headingId="cause-sources" headingLevel="h2" />
      <ArticleSection
        id="citing-articles"
        heading="Articles that explain it"
        articles={articles}
        emptyText="No published article cites this cause yet."
      />
    </article>
  )
}
