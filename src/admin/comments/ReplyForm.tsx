'use client'
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { postStaffReply } from './moderationRequests'

export type ReplyTarget = { id: number | string; authorName: string; status: string }

type Props = { parent: ReplyTarget; onDone?: () => void; onCancel?: () => void; autoFocus?: boolean }

/**
 * A staff member's reply to a reader's comment. It is published at once, under the account's name
 * with a "Staff" badge; replying to a comment that waits in the queue approves that comment too (the
 * button says so). A refused reply keeps its text and says why.
 */
export function ReplyForm({ parent, onDone, onCancel, autoFocus }: Props) {
  const router = useRouter()
  const id = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const approvesParent = parent.status === 'pending'

  async function submit() {
    if (sending) return
    if (!text.trim()) {
      setError('Write your reply first.')
      return
    }
    setSending(true)
    setError(null)
    const outcome = await postStaffReply(parent.id, text)
    setSending(false)
    if (!outcome.ok) {
      setError(outcome.message)
      return
    }
    setText('')
    toast.success(
      approvesParent ? `Approved ${parent.authorName}’s comment and published your reply.` : 'Reply published.',
    )
    router.refresh()
    onDone?.()
  }

  return (
    // Not a <form>: on the comment's page it sits inside the document's own form.
    <div className="legwork-reply" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-body`}>
        Reply to {parent.authorName}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={4}
        maxLength={5000}
        value={text}
        autoFocus={autoFocus}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit()
        }}
        aria-invalid={Boolean(error)}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
      />
      <p id={`${id}-help`} className="legwork-muted legwork-reply__help">
        Published at once under your name, marked “Staff”.
        {approvesParent ? ' The comment you answer is approved with it.' : ''}
      </p>
      {error ? (
        <p id={`${id}-error`} className="legwork-reply__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="legwork-reply__actions">
        <Button buttonStyle="primary" size="small" margin={false} disabled={sending} onClick={() => void submit()}>
          {sending ? 'Publishing…' : approvesParent ? 'Approve and reply' : 'Reply'}
        </Button>
        {onCancel ? (
          <Button buttonStyle="secondary" size="small" margin={false} onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </div>
  )
}
