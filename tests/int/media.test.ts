import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { rest } from '../helpers/restClient'
import { createStaff } from '../helpers/staff'

const mediaDir = process.env.MEDIA_DIR!

async function imageForm(alt: string | undefined, file: { bytes: Buffer | Uint8Array; name: string; type: string }) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(alt === undefined ? {} : { alt }))
  return form
}

async function landscapePng(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 30, g: 120, b: 90 } } })
    .png()
    .toBuffer()
}

describe('media uploads', () => {
  it('stores an image with every configured size as real files on disk', async () => {
    const { token } = await createStaff('editor')
    const upload = await rest('POST', '/media', {
      token,
      form: await imageForm('A runner on a forest trail', {
        bytes: await landscapePng(),
        name: 'trail.png',
        type: 'image/png',
      }),
    })
    expect(upload.status).toBe(201)
    const doc = upload.body.doc

    const expected = { thumbnail: [320, 320], card: [800, 450], hero: [1600, 900], social: [1200, 630] }
    for (const [size, [width, height]] of Object.entries(expected)) {
      const generated = doc.sizes[size]
      expect(generated.filename, size).toBeTruthy()
      const file = path.join(mediaDir, generated.filename)
      const metadata = await sharp(file).metadata()
      expect([metadata.width, metadata.height], size).toEqual([width, height])
    }
    expect((await sharp(path.join(mediaDir, doc.sizes.social.filename)).metadata()).format).toBe('jpeg')

    // Deleting the document removes its files too.
    await rest('DELETE', `/media/${doc.id}`, { token })
    expect(fs.existsSync(path.join(mediaDir, doc.filename))).toBe(false)
    expect(fs.existsSync(path.join(mediaDir, doc.sizes.card.filename))).toBe(false)
  })

  it('refuses a text file with a 4xx', async () => {
    const { token } = await createStaff('editor')
    const upload = await rest('POST', '/media', {
      token,
      form: await imageForm('Not an image', {
        bytes: Buffer.from('just some notes'),
        name: 'notes.txt',
        type: 'text/plain',
      }),
    })
    expect(upload.status).toBeGreaterThanOrEqual(400)
    expect(upload.status).toBeLessThan(500)
  })

  it('refuses a text file disguised with an image name and type', async () => {
    const { token } = await createStaff('editor')
    const upload = await rest('POST', '/media', {
      token,
      form: await imageForm('Fake', {
        bytes: Buffer.from('<script>alert(1)</script>'),
        name: 'photo.jpg',
        type: 'image/jpeg',
      }),
    })
    expect(upload.status).toBeGreaterThanOrEqual(400)
    expect(upload.status).toBeLessThan(500)
  })

  it('refuses an image without alt text, naming the field', async () => {
    const { token } = await createStaff('editor')
    const upload = await rest('POST', '/media', {
      token,
      form: await imageForm(undefined, { bytes: await landscapePng(), name: 'no-alt.png', type: 'image/png' }),
    })
    expect(upload.status).toBe(400)
    expect(JSON.stringify(upload.body)).toContain('alt')
  })

  it('does not let anonymous visitors upload', async () => {
    const upload = await rest('POST', '/media', {
      form: await imageForm('Anonymous', { bytes: await landscapePng(), name: 'anon.png', type: 'image/png' }),
    })
    expect(upload.status).toBe(403)
  })
})
