import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: {
    // Media is served by Payload from /api/media/file/…; the website uses the generated sizes directly.
    unoptimized: true,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
