'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { secondsSinceFormToken, issueFormToken } from '@/comments/formToken'
import { COLLECTION } from '@/constants'
import { payloadClient } from '@/data/payload'

export type CommentFormState = {
  values: Record<string, string>
  errors: Record<string, string>
  message?: string
  formToken: string
}

const FIELDS = ['authorName', 'authorEmail', 'authorUrl', 'body', 'parent'] as const

/**
 * The website's comment form. It goes through the same collection (and so the same validation,
 * moderation and flood control) as the REST API. Works without JavaScript: the browser posts the form,
 * errors come back with the values kept, and success lands on the article at #comment-submitted.
 */
export async function postComment(prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const slug = String(formData.get('slug') ?? '')
  const articleId = Number(formData.get('article'))
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? '')])) as Record<
    (typeof FIELDS)[number],
    string
  >
  const formToken = formData.get('formToken')

  // A page can stay cached for weeks; an expired form is shown again with a fresh token, not judged as spam.
  if (secondsSinceFormToken(formToken) === null) {
    return {
      values,
      errors: {},
      message: 'The form had been open too long. Please press “Post comment” again.',
      formToken: issueFormToken(),
    }
  }

  const payload = await payloadClient()
  try {
    await payload.create({
      collection: COLLECTION.comments,
      overrideAccess: false,
      req: { headers: await headers() },
      draft: false,
      data: {
        article: articleId,
        parent: values.parent ? Number(values.parent) : undefined,
        authorName: values.authorName,
        authorEmail: values.authorEmail,
        authorUrl: values.authorUrl || undefined,
        body: values.body,
        formToken: String(formToken),
        company: String(formData.get('company') ?? ''),
      },
    })
  } catch (error) {
    // Matched by shape, not instanceof: Next may bundle Payload's error classes more than once.
    const failure = error as {
      status?: number
      message?: string
      data?: { errors?: Array<{ path: string; message: string }> }
    }
    if (failure.status === 400 && Array.isArray(failure.data?.errors)) {
      const errors: Record<string, string> = {}
      for (const problem of failure.data.errors) {
        errors[problem.path] = problem.message.replace(/^[a-zA-Z]+: /, '').replace(/^\w/, (char) => char.toUpperCase())
      }
      return { values, errors, message: 'Please check the highlighted fields.', formToken: prev.formToken }
    }
    if (failure.status === 429) {
      return {
        values,
        errors: {},
        message: failure.message ?? 'Too many comments; try again shortly.',
        formToken: prev.formToken,
      }
    }
    throw error
  }
  redirect(`/articles/${slug}#comment-submitted`)
}
