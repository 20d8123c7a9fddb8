'use client'

/** "2 links; moderation word: casino" instead of the raw list. */
export function HeldForCell({ cellData }: { cellData?: string[] | null }) {
  if (!cellData?.length) return <span className="legwork-muted">—</span>
  return <span>{cellData.join('; ')}</span>
}
