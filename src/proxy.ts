import { NextResponse, type NextRequest } from 'next/server'

/**
 * Draft mode only (the matcher below): staff previewing an article get a page rendered per request,
 * whose live-preview listener needs JavaScript. Such a page can carry a nonce, so it gets a strict
 * nonce policy: Next reads the nonce from the request's Content-Security-Policy header and puts it
 * on its own scripts; `'strict-dynamic'` lets those load the page's chunks. Readers never reach this
 * code: their requests carry no draft-mode cookie and are served from the cache with the static
 * policy of next.config.mjs. A forged cookie gets a cached page whose scripts carry no nonce, so
 * nothing runs — the same as for readers.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID())
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The admin's live preview frames this page.
    "frame-ancestors 'self'",
  ].join('; ')

  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  response.headers.set('X-Frame-Options', 'SAMEORIGIN')
  return response
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|admin|_next/|favicon.ico).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
  ],
}
