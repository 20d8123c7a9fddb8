import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { env } from '@/env'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: 'Legwork', template: '%s · Legwork' },
  description: 'Running and health, explained: why it happens and what to do about it.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
