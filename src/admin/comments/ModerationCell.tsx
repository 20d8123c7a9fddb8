'use client'
import { toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { COLLECTION } from '@/constants'

type Status = 'pending' | 'approved' | 'spam' | 'trash'
const ACTIONS: Array<{ status: Status; label: string }> = [
  { status: 'approved', label: 'Approve' },
  { status: 'spam', label: 'Spam' },
  { status: 'trash', label: 'Trash' },
]
const LABELS: Record<Status, string> = { pending: 'Pending', approved: 'Approved', spam: 'Spam', trash: 'Trash' }

/** The status column of the comments list, with one-click moderation on each row. */
export function ModerationCell({ cellData, rowData }: { cellData?: Status; rowData?: { id?: number | string } }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const status = cellData ?? 'pending'

  async function setStatus(next: Status) {
    if (!rowData?.id) return
    setBusy(true)
    try {
      const response = await fetch(`/api/${COLLECTION.comments}/${rowData.id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: next }),
      })
      if (!response.ok) {
        toast.error('The comment could not be updated.')
        return
      }
      toast.success(`Comment marked ${LABELS[next].toLowerCase()}.`)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="legwork-moderate" onClick={(event) => event.stopPropagation()}>
      <span className={`legwork-comment-status legwork-comment-status--${status}`}>{LABELS[status]}</span>
      {ACTIONS.filter((action) => action.status !== status).map((action) => (
        <button
          key={action.status}
          type="button"
          className="legwork-moderate__button"
          disabled={busy}
          onClick={() => void setStatus(action.status)}
        >
          {action.label}
        </button>
      ))}
    </div>
  )
}
