import type { PayloadRequest } from 'payload'

import './notice.scss'

type Props = { global: string; who: string; why: string; req: PayloadRequest }

/**
 * Shown only to those the global's own `update` access refuses, so the notice can never disagree
 * with what the server allows.
 */
export async function ReadOnlyNotice({ global, who, why, req }: Props) {
  const config = req.payload.config.globals.find((candidate) => candidate.slug === global)
  const update = config?.access?.update
  const mayChange = update ? Boolean(await update({ req })) : Boolean(req.user)
  if (mayChange) return null
  return (
    <div className="legwork-notice" role="note" data-testid="read-only-notice">
      <p className="legwork-notice__title">You can read these settings but not change them.</p>
      <p>
        Only {who} can change them. {why}
      </p>
    </div>
  )
}
