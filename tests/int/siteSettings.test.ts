import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { siteTimezone } from '../../src/data/settings'
import { gql, rest } from '../helpers/restClient'
import { createStaff } from '../helpers/staff'

type Staff = Awaited<ReturnType<typeof createStaff>>
let editor: Staff
let writer: Staff
let moderator: Staff

async function uploadAs(token: string, alt: string) {
  const bytes = await sharp({ create: { width: 400, height: 100, channels: 3, background: { r: 11, g: 110, b: 79 } } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `${alt.replace(/\W+/g, '-')}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  const response = await rest('POST', '/media', { token, form })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc as { id: number | string }
}

beforeAll(async () => {
  editor = await createStaff('editor')
  writer = await createStaff('writer')
  moderator = await createStaff('moderator')
})

describe('Website settings', () => {
  it('start with the newsroom’s name, tagline and the London time zone', async () => {
    const read = await rest('GET', '/globals/site-settings')
    expect(read.body).toMatchObject({
      siteName: 'Legwork',
      tagline: 'Running and health, explained',
      timezone: 'Europe/London',
    })
    expect(await siteTimezone()).toBe('Europe/London')
  })

  it('take a new name, tagline and time zone from an editor, and readers see them', async () => {
    const saved = await rest('POST', '/globals/site-settings', {
      token: editor.token,
      json: { siteName: 'Legwork Daily', tagline: 'Run further, hurt less', timezone: 'America/New_York' },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const read = await rest('GET', '/globals/site-settings')
    expect(read.body).toMatchObject({
      siteName: 'Legwork Daily',
      tagline: 'Run further, hurt less',
      timezone: 'America/New_York',
    })
  })

  describe('refuse a time zone the server does not know, naming the field', () => {
    for (const [zone, says] of [
      ['Mars/Olympus_Mons', 'not a time zone this server knows'],
      ['europe/london', 'Use “Europe/London”'],
      ['US/Eastern', 'Use “America/New_York”'],
      ['', 'Choose the time zone'],
    ] as const) {
      it(`over REST: “${zone}”`, async () => {
        const refused = await rest('POST', '/globals/site-settings', { token: editor.token, json: { timezone: zone } })
        expect(refused.status).toBe(400)
        const errors = refused.body.errors[0].data.errors as { path: string; message: string }[]
        expect(errors).toEqual([{ path: 'timezone', message: expect.stringContaining(says), label: 'Time zone' }])
        expect((await rest('GET', '/globals/site-settings')).body.timezone).toBe('America/New_York')
      })
    }

    it('over GraphQL', async () => {
      const refused = await gql(
        `mutation { updateSiteSetting(data: { siteName: "Legwork Daily", timezone: "Mars/Olympus_Mons", relatedCount: 3, articlesPerPage: 12 }) { timezone } }`,
        { token: editor.token },
      )
      const error = refused.body.errors?.[0]
      expect(error?.message).toContain('Time zone')
      expect(error?.extensions?.data?.errors).toEqual([
        expect.objectContaining({ path: 'timezone', message: expect.stringContaining('not a time zone') }),
      ])
      expect(await siteTimezone()).toBe('America/New_York')
    })
  })

  it('refuse an empty site name, naming the field', async () => {
    const refused = await rest('POST', '/globals/site-settings', { token: editor.token, json: { siteName: '' } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'siteName' })])
  })

  it('are changed by editors and admins only', async () => {
    for (const who of [writer, moderator]) {
      const refused = await rest('POST', '/globals/site-settings', { token: who.token, json: { siteName: 'Hijacked' } })
      expect(refused.status).toBe(403)
    }
    expect((await rest('GET', '/globals/site-settings')).body.siteName).toBe('Legwork Daily')
  })

  it('show the logo to readers, and a writer can no longer change the image once it is the logo', async () => {
    const image = await uploadAs(writer.token, 'Legwork Daily')
    const before = await rest('PATCH', `/media/${image.id}`, { token: writer.token, json: { alt: 'Still mine' } })
    expect(before.status).toBe(200)

    const saved = await rest('POST', '/globals/site-settings', { token: editor.token, json: { logo: image.id } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const read = await rest('GET', '/globals/site-settings?depth=1')
    expect(read.body.logo).toMatchObject({ id: image.id, alt: 'Still mine', url: expect.stringContaining('.png') })

    const after = await rest('PATCH', `/media/${image.id}`, { token: writer.token, json: { alt: 'Defaced' } })
    expect(after.status).toBe(403)
    expect((await rest('GET', `/media/${image.id}`)).body.alt).toBe('Still mine')
  })
})
