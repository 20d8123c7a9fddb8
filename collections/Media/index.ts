import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { COLLECTION } from '../../src/constants'
import { env } from '../../src/env'
import { adminsAndEditors, anyone, contentCreators, noOneField, staffFieldOnly } from '../shared/access'
import { mayChangeMedia } from './access/mayChangeMedia'
import { answerMissingFile } from './handlers/answerMissingFile'
import { holdReplacedFiles, restoreReplacedFiles } from './hooks/keepReplacedFiles'
import { refuseUnsafeFilename } from './hooks/refuseUnsafeFilename'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** `media/` by default; tests point MEDIA_DIR at a folder of their own. */
export const MEDIA_DIR = path.resolve(projectRoot, env.MEDIA_DIR)

/**
 * Raster formats only: SVG can carry script, and the website never needs it for photos.
 * The byte limit is set once for every upload in payload.config.ts (`upload.limits.fileSize`).
 */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

const webp = { format: 'webp', options: { quality: 78 } } as const

export const Media: CollectionConfig = {
  slug: COLLECTION.media,
  access: {
    read: anyone,
    create: contentCreators,
    update: mayChangeMedia,
    delete: adminsAndEditors,
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    group: 'Content',
    description:
      'Photos and illustrations. Every image needs alt text that describes it for a reader who cannot see it.',
  },
  hooks: {
    beforeOperation: [refuseUnsafeFilename, holdReplacedFiles],
    afterChange: [restoreReplacedFiles],
  },
  fields: [
    {
      name: 'uploadedBy',
      label: 'Uploaded by',
      type: 'relationship',
      relationTo: COLLECTION.users,
      // Set by the server to whoever uploads; what a writer may change afterwards depends on it.
      hooks: {
        beforeChange: [({ operation, req, value }) => (operation === 'create' ? (req.user?.id ?? null) : value)],
      },
      access: { create: noOneField, update: noOneField, read: staffFieldOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      required: true,
      maxLength: 250,
      admin: { description: 'What the image shows, in one sentence, for screen readers and search engines.' },
    },
    { name: 'caption', type: 'text', maxLength: 300 },
    {
      name: 'credit',
      type: 'text',
      maxLength: 120,
      admin: { description: 'Photographer or source, e.g. "Photo: Jane Doe".' },
    },
  ],
  upload: {
    staticDir: MEDIA_DIR,
    handlers: [answerMissingFile(MEDIA_DIR)],
    mimeTypes: IMAGE_MIME_TYPES,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: webp },
      { name: 'card', width: 800, height: 450, position: 'centre', formatOptions: webp },
      { name: 'hero', width: 1600, height: 900, position: 'centre', withoutEnlargement: false, formatOptions: webp },
      // Open Graph / Twitter cards: 1200×630 JPEG, the format every social network accepts.
      {
        name: 'social',
        width: 1200,
        height: 630,
        position: 'centre',
        formatOptions: { format: 'jpeg', options: { quality: 82 } },
      },
    ],
  },
}
