import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Security headers. They are written into the build (routes manifest), so `SITE_URL` must be the
 * public address when `next build` runs — as it already must be for the prerendered pages.
 */
const isHttps = (process.env.SITE_URL ?? 'http://localhost:3000').startsWith('https:')

/** Joins `{ directive: sources }` into a policy string; `true` marks a directive without sources. */
const policy = (directives) =>
  Object.entries(directives)
    .filter(([, sources]) => sources !== false)
    .map(([directive, sources]) => (sources === true ? directive : `${directive} ${sources}`))
    .join('; ')

const shared = {
  'default-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'upgrade-insecure-requests': isHttps,
}

/**
 * The reader website. Its pages are prerendered and served from the cache, so a per-request nonce is
 * impossible, and App Router pages carry their data in inline `<script>` tags whose content changes
 * with every page and every edit, so no hash written at build time can allow them. Without those
 * scripts the pages still read and comment (no JavaScript needed), but Next 16 renders the body of
 * every `notFound()` page in the browser only (vercel/next.js#62228): with inline script refused, a
 * reader following a dead link gets a blank page. So reader pages keep 'unsafe-inline' for scripts —
 * and only that: no script, style, image or connection from another origin, no plugins, no <base>,
 * no form posting elsewhere, no framing by other sites. docs/security.md has the evidence and what
 * it takes to go stricter (READER_SCRIPT_SRC below). Draft mode gets a nonce policy (src/proxy.ts).
 */
export const READER_SCRIPT_SRC = "'self' 'unsafe-inline'"

export const READER_POLICY = policy({
  ...shared,
  'script-src': READER_SCRIPT_SRC,
  'style-src': "'self'",
  // Live preview frames these pages from /admin.
  'frame-ancestors': "'self'",
})

/**
 * Payload's admin renders per request, so Next's own scripts could carry a nonce, but the admin's
 * editor and widgets add code and styles at run time that have not been audited for a nonce-only
 * policy: it keeps 'unsafe-inline' and is otherwise as tight as the website (no foreign origins, no
 * plugins, no framing by anyone).
 */
export const ADMIN_POLICY = policy({
  ...shared,
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  // Live preview shows the website in an iframe.
  'frame-src': "'self'",
  'frame-ancestors': "'none'",
})

/**
 * REST, GraphQL and uploaded files are data, never pages: nothing in a response may run or load,
 * even if a file were ever served as HTML.
 */
export const API_POLICY = policy({ 'default-src': "'none'", 'frame-ancestors': "'none'", sandbox: true })

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  },
  // Only over https: a browser that saw HSTS on an http origin would ignore it anyway.
  ...(isHttps ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

/** @type {import('next').NextConfig['headers']} */
export async function securityHeaders() {
  // When several rules set the same header, the last one wins: the general rule comes first.
  return [
    { source: '/:path*', headers: everywhere },
    {
      source: '/:path*',
      // Draft mode renders per request; src/proxy.ts gives it a nonce policy instead.
      missing: [{ type: 'cookie', key: '__prerender_bypass' }],
      headers: [
        { key: 'Content-Security-Policy', value: READER_POLICY },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    {
      source: '/admin/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: ADMIN_POLICY },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
    {
      source: '/api/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: API_POLICY },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
  ]
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The address the build was made for, written into the server code: prerendered pages, the feed and
  // the headers above carry it, so a server started with another SITE_URL refuses to start
  // (src/startup/checkBuildSiteUrl.ts).
  env: { LEGWORK_BUILD_SITE_URL: process.env.SITE_URL?.trim() || 'http://localhost:3000' },
  // `npm run bench` builds into a folder of its own so it never replaces the build a developer or the
  // e2e suite is serving from.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  images: {
    // Media is served by Payload from /api/media/file/…; the website uses the generated sizes directly.
    unoptimized: true,
  },
  headers: securityHeaders,
  // What the page cache may keep (no 404s of made-up URLs), and where: Next's own cache, or Redis
  // shared by several instances when REDIS_URL is set as `next start` starts (src/cache/pageCacheHandler.mjs).
  cacheHandler: fileURLToPath(new URL('./src/cache/pageCacheHandler.mjs', import.meta.url)),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
