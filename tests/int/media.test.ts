import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { validArticleData } from '../helpers/content'
import { rest } from '../helpers/restClient'
import { createPublished } from '../helpers/review'
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

describe('who may change an image', () => {
  const upload = async (token: string, alt: string, color = 90) =>
    (
      await rest('POST', '/media', {
        token,
        form: await imageForm(alt, {
          bytes: await sharp({
            create: { width: 640, height: 400, channels: 3, background: { r: color, g: 40, b: 40 } },
          })
            .png()
            .toBuffer(),
          name: 'photo.png',
          type: 'image/png',
        }),
      })
    ).body.doc as { id: number; filename: string; sizes?: Record<string, { filename: string | null }> }

  const replaceForm = async (color: number) =>
    imageForm(undefined, {
      bytes: await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 10, g: color, b: 10 } } })
        .png()
        .toBuffer(),
      name: 'photo.png',
      type: 'image/png',
    })

  it('records who uploaded it, whatever the client says', async () => {
    const writer = await createStaff('writer')
    const other = await createStaff('writer')
    const form = await imageForm('Forged uploader', {
      bytes: await landscapePng(),
      name: 'forged.png',
      type: 'image/png',
    })
    form.set('_payload', JSON.stringify({ alt: 'Forged uploader', uploadedBy: other.id }))
    const created = await rest('POST', '/media', { token: writer.token, form })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const stored = await rest('GET', `/media/${id}?depth=0`, { token: writer.token })
    expect(stored.body.uploadedBy).toBe(writer.id)
    await rest('PATCH', `/media/${id}`, { token: writer.token, json: { uploadedBy: other.id } })
    expect((await rest('GET', `/media/${id}?depth=0`, { token: writer.token })).body.uploadedBy).toBe(writer.id)
  })

  it("lets a writer change their own unused image, and neither another's nor one a published article shows", async () => {
    const writer = await createStaff('writer')
    const colleague = await createStaff('writer')
    const editor = await createStaff('editor')
    const own = await upload(writer.token, 'My draft photo')
    const theirs = await upload(colleague.token, 'Their photo')
    const live = await upload(writer.token, 'The hero of a published article')
    await createPublished(editor.token, { ...(await validArticleData(1)), heroImage: live.id })

    expect((await rest('PATCH', `/media/${own.id}`, { token: writer.token, json: { alt: 'Better alt' } })).status).toBe(
      200,
    )
    for (const image of [theirs, live]) {
      const altered = await rest('PATCH', `/media/${image.id}`, { token: writer.token, json: { alt: 'Vandalised' } })
      expect(altered.status).toBe(403)
      const replaced = await rest('PATCH', `/media/${image.id}`, { token: writer.token, form: await replaceForm(200) })
      expect(replaced.status).toBe(403)
      const stored = await rest('GET', `/media/${image.id}?depth=0`, { token: editor.token })
      expect(stored.body).toMatchObject({ alt: image === live ? 'The hero of a published article' : 'Their photo' })
      expect(stored.body.filename).toBe(image.filename)
    }
    // Editors change live images: that is their review.
    expect((await rest('PATCH', `/media/${live.id}`, { token: editor.token, json: { alt: 'Reviewed' } })).status).toBe(
      200,
    )
  })

  it('keeps serving the old file at its old address after the file is replaced', async () => {
    const editor = await createStaff('editor')
    const image = await upload(editor.token, 'Replaced later', 30)
    const oldBytes = fs.readFileSync(path.join(mediaDir, image.filename))
    const replaced = await rest('PATCH', `/media/${image.id}`, { token: editor.token, form: await replaceForm(220) })
    expect(replaced.status).toBe(200)
    const { doc } = replaced.body
    expect(doc.filename).not.toBe(image.filename)

    // A page cached before the change still shows its image; new pages get the new one.
    const oldFile = await rest('GET', `/media/file/${image.filename}`)
    expect(oldFile.status).toBe(200)
    expect(fs.readFileSync(path.join(mediaDir, image.filename)).equals(oldBytes)).toBe(true)
    expect((await rest('GET', `/media/file/${doc.filename}`)).status).toBe(200)
    for (const { filename } of Object.values(image.sizes ?? {})) {
      // The old sizes too: cached pages use them in their srcset.
      if (filename) expect(fs.existsSync(path.join(mediaDir, filename)), filename).toBe(true)
    }
  })
})
