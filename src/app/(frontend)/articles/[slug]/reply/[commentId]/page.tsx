import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { issueFormToken } from '@/comments/formToken'
import { CommentForm } from '@/components/CommentForm.client'
import { getPublishedArticle } from '@/data/articles'
import { listApprovedComments } from '@/data/comments'

type Props = { params: Promise<{ slug: string; commentId: string }> }

export const dynamicParams = true
export const generateStaticParams = async () => []
export const metadata: Metadata = { robots: { index: false } }

/** Replying without JavaScript: the comment being answered, and the form with its id as parent. */
export default async function ReplyPage({ params }: Props) {
  const { slug, commentId } = await params
  const article = await getPublishedArticle(slug)
  if (!article || article.commentsOpen === false) notFound()
  const parent = (await listApprovedComments(article.id)).find((comment) => comment.id === commentId)
  if (!parent) notFound()
  return (
    <div className="article">
      <p>
        <Link href={`/articles/${slug}#comment-${parent.id}`}>← Back to “{article.title}”</Link>
      </p>
      <h1>Reply to {parent.authorName}</h1>
      <blockquote className="comment__quote">{parent.body}</blockquote>
      <CommentForm
        articleId={article.id}
        slug={slug}
        formToken={issueFormToken()}
        parentId={parent.id}
        parentAuthor={parent.authorName}
      />
    </div>
  )
}
