import { MARK } from './mark'

/** The mark inline, so it needs no request and renders in Payload's Open Graph images too. */
export function LegworkMark({ size = 32, title = 'Legwork' }: { size?: number | '100%'; title?: string | null }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={MARK.viewBox}
      width={size}
      height={size}
      role={title ? 'img' : undefined}
      aria-label={title ?? undefined}
      aria-hidden={title ? undefined : true}
    >
      <rect width="64" height="64" rx={MARK.corner} fill={MARK.green} />
      <path d={MARK.bend} fill="none" stroke={MARK.mint} strokeWidth="5" strokeLinecap="round" />
      <path d={MARK.letter} fill="none" stroke="#fff" strokeWidth="9" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
