'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { type CommentFormState, submitCommentForm } from '@/comments/commentForm'
import { payloadClient } from '@/data/payload'

export type { CommentFormState }

/**
 * The website's comment form. It goes through the same collection (and so the same validation,
 * moderation and flood control) as the REST API. Works without JavaScript: the browser posts the form,
 * errors come back with the values kept, and success lands on the article at #comment-submitted.
 * Everything but the request headers and the redirect is in `submitCommentForm`, tested without Next.
 */
export async function postComment(prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const outcome = await submitCommentForm({
    payload: await payloadClient(),
    formData,
    headers: await headers(),
    previousToken: prev.formToken,
  })
  if (!outcome.isStored) return outcome.state
  redirect(outcome.redirectTo)
}
