import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { CommentsSection } from '@/components/CommentsSection'
import { getPublishedArticle } from '@/data/articles'

type Props = { params: Promise<{ slug: string; n: string }> }

export const dynamicParams = true
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params
  return { title: `Comments, page ${n}`, alternates: { canonical: `/articles/${slug}/comments/${n}` } }
}

/** Later pages of a long discussion, past the "comments per page" setting. */
export default async function CommentsPage({ params }: Props) {
  const { slug, n } = await params
  const page = Number(n)
  const article = await getPublishedArticle(slug)
  if (!article || !Number.isInteger(page) || page < 2 || String(page) !== n) notFound()
  return (
    <div className="article">
      <p>
        <Link href={`/articles/${slug}`}>← “{article.title}”</Link>
      </p>
      <h1>Comments on “{article.title}”</h1>
      <CommentsSection articleId={article.id} slug={slug} isOpen={article.commentsOpen !== false} page={page} />
    </div>
  )
}
