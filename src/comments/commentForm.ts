import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { COLLECTION } from '../constants'
import { issueFormToken, secondsSinceFormToken } from './formToken'

export type CommentFormState = {
  values: Record<string, string>
  errors: Record<string, string>
  message?: string
  formToken: string
}

/** Fields the reader sees (and gets back, with their errors, when the form is refused). */
export const FORM_FIELDS = ['authorName', 'authorEmail', 'authorUrl', 'body'] as const
export const EXPIRED_FORM_MESSAGE = 'The form had been open too long. Please press “Post comment” again.'
export const USED_FORM_MESSAGE = 'This form was already used for a comment. Please press “Post comment” again.'

/** Fields the form carries hidden; a problem with them is told in the form's message. */
const HIDDEN_FIELDS = ['parent'] as const

export type CommentFormOutcome = { isStored: true; redirectTo: string } | { isStored: false; state: CommentFormState }

/** Problems as the API words them ("body: the comment is empty.") read as sentences next to a field. */
const asSentence = (message: string) => message.replace(/^[a-zA-Z]+: /, '').replace(/^\w/, (char) => char.toUpperCase())

/**
 * The form's posted values: text to show again, and the data the collection is given. A file posted
 * where text belongs is passed on as it is, so the collection's validation names that field.
 */
export function readCommentForm(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name)
    return typeof value === 'string' ? value : ''
  }
  const raw = (name: string) => formData.get(name) ?? undefined
  const values: Record<string, string> = Object.fromEntries(
    [...FORM_FIELDS, ...HIDDEN_FIELDS].map((name) => [name, text(name)]),
  )
  const articleField = formData.get('article')
  return {
    slug: text('slug'),
    values,
    formToken: formData.get('formToken'),
    data: {
      article: typeof articleField === 'string' ? Number(articleField) : Number.NaN,
      parent: values.parent ? Number(values.parent) : undefined,
      authorName: raw('authorName'),
      authorEmail: raw('authorEmail'),
      authorUrl: raw('authorUrl') || undefined,
      body: raw('body'),
      formToken: String(formData.get('formToken')),
      company: String(formData.get('company') ?? ''),
    },
  }
}

/**
 * Turns a refusal from the collection into the form's state: each problem next to its field, and
 * problems with what the reader cannot see or change (the article, the comment replied to) in the
 * message, so a refused form never says "check the highlighted fields" with nothing highlighted.
 * Returns null for anything that is not a refusal.
 */
export function formStateFromRefusal(
  error: unknown,
  { values, formToken }: { values: Record<string, string>; formToken: string },
): CommentFormState | null {
  // Matched by shape, not instanceof: Next may bundle Payload's error classes more than once.
  const failure = error as {
    status?: number
    message?: string
    data?: { errors?: Array<{ path?: unknown; message?: unknown }> }
  }
  if (failure?.status === 400 && Array.isArray(failure.data?.errors)) {
    // The page's token already served for a comment (a cached page shows every reader the same
    // one): shown again with a token of its own, as an expired form is.
    if (failure.data.errors.some((problem) => problem.path === 'formToken')) {
      return { values, errors: {}, message: USED_FORM_MESSAGE, formToken: issueFormToken() }
    }
    const errors: Record<string, string> = {}
    const unseen: string[] = []
    for (const problem of failure.data.errors) {
      const path = String(problem.path)
      const sentence = asSentence(String(problem.message))
      if ((FORM_FIELDS as readonly string[]).includes(path)) errors[path] = sentence
      else unseen.push(sentence)
    }
    const message = unseen.length ? unseen.join(' ') : 'Please check the highlighted fields.'
    return { values, errors, message, formToken }
  }
  if (failure?.status === 429) {
    return { values, errors: {}, message: failure.message ?? 'Too many comments; try again shortly.', formToken }
  }
  return null
}

/**
 * Everything the website's comment form does except reading the request headers and redirecting,
 * which need Next: the same collection (and so the same validation, moderation and flood control)
 * as the REST API, with the reader's headers for the client address.
 */
export async function submitCommentForm({
  payload,
  formData,
  headers,
  previousToken,
}: {
  payload: Payload
  formData: FormData
  headers: Headers
  previousToken: string
}): Promise<CommentFormOutcome> {
  const { slug, values, formToken, data } = readCommentForm(formData)

  // A page can stay cached for weeks; an expired form is shown again with a fresh token, not judged as spam.
  if (secondsSinceFormToken(formToken) === null) {
    return {
      isStored: false,
      state: {
        values,
        errors: {},
        message: EXPIRED_FORM_MESSAGE,
        formToken: issueFormToken(),
      },
    }
  }

  try {
    await payload.create({
      collection: COLLECTION.comments,
      overrideAccess: false,
      req: { headers },
      draft: false,
      depth: 0,
      // Typed as text; a file in a text field reaches the validation as it is and is refused there.
      data: data as unknown as RequiredDataFromCollectionSlug<typeof COLLECTION.comments>,
    })
  } catch (error) {
    const state = formStateFromRefusal(error, { values, formToken: previousToken })
    if (state) return { isStored: false, state }
    throw error
  }
  // The slug comes from the form: encoded, it can only ever name a path under /articles/.
  return { isStored: true, redirectTo: `/articles/${encodeURIComponent(slug)}#comment-submitted` }
}
