'use client'
import { useRowLabel } from '@payloadcms/ui'

/** "Reason 3 · Overtraining" instead of "Reason 03" in the collapsed list. */
export function ReasonRowLabel() {
  const { data, rowNumber } = useRowLabel<{ heading?: string | null }>()
  const heading = data?.heading?.trim()
  return (
    <span>
      Reason {(rowNumber ?? 0) + 1}
      {heading ? ` · ${heading}` : ' · heading from its cause'}
    </span>
  )
}
