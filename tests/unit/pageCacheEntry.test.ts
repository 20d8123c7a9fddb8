import { describe, expect, it } from 'vitest'

import { decodeEntry, encodeEntry } from '../../src/cache/redisCacheHandler.mjs'

describe('shared page cache entries', () => {
  it('keep the RSC payload and per-segment prefetch data as bytes and a Map through Redis', async () => {
    const entry = {
      value: {
        kind: 'APP_PAGE',
        html: '<!DOCTYPE html><h1>Heavy legs</h1>',
        rscData: Buffer.from([0, 1, 2, 0xfe, 0xff]),
        segmentData: new Map([
          ['/_tree', Buffer.from('tree')],
          ['/articles/$d$slug/__PAGE__', Buffer.from([0xff, 0x00])],
        ]),
        headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/articles/heavy-legs' },
        status: 200,
      },
      cacheControl: { revalidate: false },
    }

    const stored = await encodeEntry(entry)
    const restored = await decodeEntry(stored)

    expect(Buffer.isBuffer(stored)).toBe(true)
    expect(restored.value.rscData).toEqual(entry.value.rscData)
    expect(restored.value.segmentData).toBeInstanceOf(Map)
    expect([...restored.value.segmentData.keys()]).toEqual([...entry.value.segmentData.keys()])
    expect(restored.value.segmentData.get('/articles/$d$slug/__PAGE__')).toEqual(Buffer.from([0xff, 0x00]))
    expect(restored.value.html).toBe(entry.value.html)
    expect(restored.value.headers).toEqual(entry.value.headers)
    expect(restored.cacheControl).toEqual({ revalidate: false })
  })

  it('keep a route handler body byte for byte', async () => {
    const body = Buffer.from('<?xml version="1.0"?><rss></rss>')
    const restored = await decodeEntry(
      await encodeEntry({ value: { kind: 'APP_ROUTE', body, status: 200, headers: {} } }),
    )
    expect(restored.value.body).toEqual(body)
  })
})
