import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { MARK_PATH } from '@/admin/branding/mark'
import { SiteBrand } from '@/components/SiteBrand'
import { getSiteSettings } from '@/data/settings'
import { env } from '@/env'

import './styles.css'

/** The site's name and tagline come from Website settings, which rebuild every page when they change. */
export async function generateMetadata(): Promise<Metadata> {
  const { siteName, tagline } = await getSiteSettings()
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: tagline ? `${siteName} — ${tagline}` : siteName, template: `%s · ${siteName}` },
    description: tagline || undefined,
    applicationName: siteName,
    icons: { icon: [{ url: MARK_PATH, type: 'image/svg+xml' }] },
    openGraph: { siteName },
    alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: siteName }] } },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b6e4f' }

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const { siteName } = await getSiteSettings()
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <SiteBrand />
            <nav aria-label="Main">
              <ul className="site-nav">
                <li>
                  <Link href="/">Articles</Link>
                </li>
                <li>
                  <Link href="/causes">Causes</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          <p>{siteName} explains running and health with named sources. It does not replace advice from your doctor.</p>
          <p>
            <a href="/feed.xml">RSS feed</a> · <a href="/privacy">Privacy and comments</a>
          </p>
        </footer>
      </body>
    </html>
  )
}
