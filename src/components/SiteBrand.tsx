import Link from 'next/link'

import { getSiteSettings } from '@/data/settings'

/** The header's name and tagline, or the logo in place of the name once one is chosen. */
export async function SiteBrand() {
  const { siteName, tagline, logo } = await getSiteSettings()
  return (
    <Link href="/" className="site-header__brand">
      {logo ? (
        // The logo's alt is the site's name: it stands in for the name, whatever the image shows.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className="site-brand__logo"
          src={logo.url}
          alt={siteName}
          width={logo.width && logo.height ? Math.round((logo.width / logo.height) * 40) : undefined}
          height={40}
        />
      ) : (
        <span className="site-brand__name">{siteName}</span>
      )}
      {tagline ? <span className="site-brand__tagline">{tagline}</span> : null}
    </Link>
  )
}
