'use client'
import { useEffect, useState } from 'react'

/**
 * "Copy link": an enhancement that appears only when JavaScript and the clipboard are there; the
 * plain share links above it work without either.
 */
export function CopyLink({ url }: { url: string }) {
  const [canCopy, setCanCopy] = useState(false)
  const [copied, setCopied] = useState(false)
  useEffect(() => setCanCopy(typeof navigator !== 'undefined' && Boolean(navigator.clipboard)), [])
  if (!canCopy) return null
  return (
    <li>
      <button
        type="button"
        className="share__button"
        onClick={() => {
          void navigator.clipboard.writeText(url).then(() => setCopied(true))
        }}
      >
        {copied ? 'Link copied' : 'Copy link'}
      </button>
    </li>
  )
}
