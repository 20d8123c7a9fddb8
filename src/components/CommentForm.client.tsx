'use client'
import { useActionState, useEffect, useState } from 'react'

import { type CommentFormState, postComment } from '../app/(frontend)/articles/[slug]/postComment'

type Props = { articleId: number; slug: string; formToken: string; parentId?: string; parentAuthor?: string }

function Field({
  name,
  label,
  required,
  error,
  children,
}: {
  name: string
  label: string
  required?: boolean
  error?: string
  children: React.ReactNode
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={`comment-${name}`}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {error ? (
        <p className="field__error" id={`comment-${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

/**
 * The comment form. Without JavaScript it is a plain form post handled by a server action; with
 * JavaScript it posts without a reload and fetches a fresh form token, so the anti-spam wait counts
 * from when the reader actually saw the form.
 */
export function CommentForm({ articleId, slug, formToken, parentId, parentAuthor }: Props) {
  const initial: CommentFormState = { values: {}, errors: {}, formToken }
  const [state, action, isPending] = useActionState(postComment, initial)
  const [token, setToken] = useState(state.formToken)

  useEffect(() => {
    void fetch('/api/comments/form-token', { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { formToken?: string } | null) => body?.formToken && setToken(body.formToken))
  }, [])
  useEffect(() => setToken(state.formToken), [state.formToken])
  // With JavaScript the redirect after a post changes the URL through history.pushState, which never
  // updates CSS :target, so the "awaits moderation" notice is shown from here instead.
  useEffect(() => {
    document
      .getElementById('comment-submitted')
      ?.classList.toggle('notice--shown', window.location.hash === '#comment-submitted')
  })

  const { values, errors } = state
  const describe = (name: string) => (errors[name] ? `comment-${name}-error` : undefined)

  return (
    <form action={action} className="comment-form" noValidate aria-describedby="comment-privacy">
      {parentAuthor ? <p className="comment-form__reply">Replying to {parentAuthor}</p> : null}
      <p id="comment-privacy" className="comment-form__privacy">
        Your email address will not be published. Required fields are marked <span aria-hidden="true">*</span>
        <span className="visually-hidden">as required</span>.
      </p>
      {state.message ? (
        <p className="comment-form__message" role="alert">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="article" value={articleId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="parent" value={parentId ?? ''} />
      <input type="hidden" name="formToken" value={token} />

      <Field name="body" label="Comment" required error={errors.body}>
        <textarea
          id="comment-body"
          name="body"
          rows={6}
          required
          maxLength={5000}
          defaultValue={values.body}
          aria-invalid={Boolean(errors.body)}
          aria-describedby={describe('body')}
        />
      </Field>
      <Field name="authorName" label="Name" required error={errors.authorName}>
        <input
          id="comment-authorName"
          name="authorName"
          autoComplete="name"
          required
          maxLength={80}
          defaultValue={values.authorName}
          aria-invalid={Boolean(errors.authorName)}
          aria-describedby={describe('authorName')}
        />
      </Field>
      <Field name="authorEmail" label="Email" required error={errors.authorEmail}>
        <input
          id="comment-authorEmail"
          name="authorEmail"
          type="email"
          autoComplete="email"
          required
          defaultValue={values.authorEmail}
          aria-invalid={Boolean(errors.authorEmail)}
          aria-describedby={describe('authorEmail')}
        />
      </Field>
      <Field name="authorUrl" label="Website" error={errors.authorUrl}>
        <input
          id="comment-authorUrl"
          name="authorUrl"
          type="url"
          autoComplete="url"
          defaultValue={values.authorUrl}
          aria-invalid={Boolean(errors.authorUrl)}
          aria-describedby={describe('authorUrl')}
        />
      </Field>
      {/* People never see this field; bots fill it in. */}
      <div className="comment-form__hp" aria-hidden="true">
        <label>
          Company <input name="company" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Posting…' : 'Post comment'}
      </button>
    </form>
  )
}
