import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { CommentsSection } from '@/components/CommentsSection'
import { getPublishedArticle } from '@/data/articles'
import { getCommentPageCount } from '@/data/comments'
import { FIRST_COMMENT_PAGE } from '@/domain/comments/discussionPages'

type Props = { params: Promise<{ slug: string; n: string }> }

export const dynamicParams = true
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params
  return { title: `Comments, page ${n}`, alternates: { canonical: `/articles/${slug}/comments/${n}` } }
}

/**
 * Later pages of a long discussion, past the "comments per page" setting. A page past the last is a
 * 404 like any made-up URL, so that it is never stored (src/cache/pageCacheHandler.mjs).
 */
export default async function CommentsPage({ params }: Props) {
  const { slug, n } = await params
  const page = Number(n)
  if (!Number.isInteger(page) || page < FIRST_COMMENT_PAGE || String(page) !== n) notFound()
  const article = await getPublishedArticle(slug)
  if (!article || page > (await getCommentPageCount(article.id))) notFound()
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
