import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueFormToken } from '../../src/comments/formToken'
import { readerHeaderRecord } from '../helpers/clientAddress'
import { validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/restClient'
import { createPublished } from '../helpers/review'
import { createStaff } from '../helpers/staff'

type Staff = Awaited<ReturnType<typeof createStaff>>
let payload: Payload
let editor: Staff
let moderator: Staff
let articleId: number | string
let reader = 0

async function comment(body: string) {
  const response = await rest('POST', '/comments', {
    json: {
      article: articleId,
      formToken: issueFormToken(Date.now() - 10_000),
      authorName: 'Rita Runner',
      authorEmail: 'rita@example.com',
      body,
    },
    headers: { ...readerHeaderRecord(`198.51.100.${++reader}`), 'user-agent': 'vitest reader' },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return payload.findByID({ collection: 'comments', id: response.body.doc.id })
}

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff('editor')
  moderator = await createStaff('moderator')
  articleId = (await createPublished(editor.token, await validArticleData(2))).id
  await payload.updateGlobal({
    slug: 'discussion-settings',
    data: { approvalMode: 'approve_returning', floodIntervalSeconds: 0, hourlyLimit: 1000, minSecondsToPost: 3 },
  })
})

describe('Discussion settings word lists, one word or phrase per line', () => {
  it('are stored as the editor typed them, tidied: no blank lines, spaces or repeats', async () => {
    const saved = await rest('POST', '/globals/discussion-settings', {
      token: editor.token,
      json: {
        moderationWords: '  Free   Money \n\n casino\nCASINO\r\n',
        disallowedWords: 'cheap pills\n\nviagra',
      },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const read = await rest('GET', '/globals/discussion-settings', { token: moderator.token })
    expect(read.body.moderationWords).toBe('Free Money\ncasino')
    expect(read.body.disallowedWords).toBe('cheap pills\nviagra')
  })

  it('hold a comment that contains a listed phrase, whatever its case and spacing around it', async () => {
    const held = await comment('My coach said this is FREE MONEY, is it?')
    expect(held).toMatchObject({ status: 'pending', heldFor: ['moderation word: free money'] })
    const heldToo = await comment('I ran past the casino.')
    expect(heldToo).toMatchObject({ status: 'pending', heldFor: ['moderation word: casino'] })
  })

  it('send a comment with a disallowed phrase straight to spam', async () => {
    const spam = await comment('Buy cheap pills here')
    expect(spam).toMatchObject({ status: 'spam', heldFor: ['disallowed word: cheap pills'] })
  })

  it('match whole words only, so a listed word inside another word is let through', async () => {
    const fine = await comment('Casinos aside, the freeway run was lovely.')
    expect(fine.heldFor).not.toContainEqual(expect.stringContaining('moderation word'))
  })

  it('still take the array an older API client sends, as one entry per line', async () => {
    const saved = await rest('POST', '/globals/discussion-settings', {
      token: editor.token,
      json: { moderationWords: ['casino', ' free money', 'casino', ''] },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.result.moderationWords).toBe('casino\nfree money')
  })

  it('are a plain string over GraphQL too', async () => {
    // Payload's GraphQL input for a global asks for every required field.
    const required = `approvalMode: "approve_returning", linkLimit: 2, threadDepth: 3, perPage: 50,
      minSecondsToPost: 3, floodIntervalSeconds: 0, hourlyLimit: 1000`
    const updated = await gql(
      `mutation { updateDiscussionSetting(data: { ${required}, moderationWords: "bet\\n\\nBet\\nodds" }) { moderationWords } }`,
      { token: editor.token },
    )
    expect(updated.body.errors).toBeUndefined()
    expect(updated.body.data.updateDiscussionSetting.moderationWords).toBe('bet\nodds')
  })

  it('are shown to moderators read-only: their change is refused and nothing is stored', async () => {
    const refused = await rest('POST', '/globals/discussion-settings', {
      token: moderator.token,
      json: { moderationWords: 'something else' },
    })
    expect(refused.status).toBe(403)
    const read = await rest('GET', '/globals/discussion-settings', { token: moderator.token })
    expect(read.body.moderationWords).toBe('bet\nodds')
  })

  it('are never shown to readers', async () => {
    const read = await rest('GET', '/globals/discussion-settings')
    expect(read.status).toBe(200)
    expect(read.body.moderationWords).toBeUndefined()
    expect(JSON.stringify(read.body)).not.toContain('odds')
  })
})
