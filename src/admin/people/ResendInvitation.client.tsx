'use client'

import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'

type Props = { apiRoute: string; id: number | string; label: string }

/** Sends a fresh link (the previous one stops working) and says what happened, in place. */
export function ResendInvitation({ apiRoute, id, label }: Props) {
  const [sending, setSending] = useState(false)
  const [said, setSaid] = useState<string | null>(null)

  async function send() {
    setSending(true)
    try {
      const response = await fetch(`${apiRoute}/users/${id}/invite`, { method: 'POST', credentials: 'include' })
      const body = await response.json().catch(() => null)
      const message: string = body?.message ?? body?.errors?.[0]?.message ?? 'The invitation could not be sent.'
      setSaid(message)
      if (response.ok && body?.invitation?.sent) toast.success(message)
      else toast.error(message)
    } catch {
      setSaid('The newsroom could not be reached. Check your connection and try again.')
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="legwork-invitation__resend">
      <Button buttonStyle="secondary" size="small" onClick={send} disabled={sending}>
        {sending ? 'Sending…' : label}
      </Button>
      {said ? (
        <p role="status" className="legwork-invitation__said">
          {said}
        </p>
      ) : null}
    </div>
  )
}
