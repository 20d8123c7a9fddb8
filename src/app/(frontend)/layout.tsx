import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { env } from '@/env'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: 'Legwork — running and health, explained', template: '%s · Legwork' },
  description: 'Running and health, explained: why it happens and what to do about it.',
  alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: 'Legwork' }] } },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b6e4f' }

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link href="/" className="site-header__brand">
              Legwork
            </Link>
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
          <p>Legwork explains running and health with named sources. It does not replace advice from your doctor.</p>
          <p>
            <a href="/feed.xml">RSS feed</a> · <a href="/privacy">Privacy and comments</a>
          </p>
        </footer>
      </body>
    </html>
  )
}
