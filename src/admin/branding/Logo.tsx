import type { Payload } from 'payload'

import { readSiteSettings } from '../../settings/readSiteSettings'
import { LegworkMark } from './LegworkMark'

import './branding.scss'

/**
 * Payload's `graphics.Logo`, on the sign-in, forgotten-password and invitation pages: the site's logo
 * from Website settings when one is chosen, otherwise Legwork's mark and the site's name.
 */
export async function Logo({ payload }: { payload: Payload }) {
  const { siteName, logo } = await readSiteSettings(payload)
  return (
    <div className="legwork-logo">
      {logo ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img className="legwork-logo__image" src={logo.url} alt={siteName} />
      ) : (
        <span className="legwork-logo__lockup">
          <LegworkMark size={56} title={null} />
          <span className="legwork-logo__name">{siteName}</span>
        </span>
      )}
      <span className="legwork-logo__caption">Newsroom</span>
    </div>
  )
}
