import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: {
    // Media is served by Payload from /api/media/file/…; the website uses the generated sizes directly.
    unoptimized: true,
  },
  // Several instances share the page cache through Redis (src/cache/redisCacheHandler.mjs). Read when
  // `next start` loads this file, so REDIS_URL at start decides; unset leaves Next's own cache as is.
  ...(process.env.REDIS_URL?.trim()
    ? { cacheHandler: fileURLToPath(new URL('./src/cache/redisCacheHandler.mjs', import.meta.url)) }
    : {}),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
