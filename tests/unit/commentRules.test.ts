import { describe, expect, it } from 'vitest'

import { countLinks, moderateComment, type ModerationSettings } from '../../src/domain/comments/moderateComment'
import { countThread, threadComments } from '../../src/domain/comments/threadComments'
import { validateComment } from '../../src/domain/comments/validateComment'

const settings: ModerationSettings = {
  approvalMode: 'hold_all',
  linkLimit: 2,
  moderationWords: ['casino'],
  disallowedWords: ['viagra'],
  minSecondsToPost: 3,
}
const signals = {
  body: 'Thanks, this helped.',
  authorName: 'Rita',
  authorEmail: 'rita@example.com',
  authorUrl: null,
  isHoneypotFilled: false,
  secondsToPost: 12,
  hasApprovedComment: false,
  usesStaffEmail: false,
}

describe('comment validation', () => {
  it('trims and accepts a valid comment, lower-casing the email', () => {
    expect(validateComment({ authorName: ' Rita ', authorEmail: 'Rita@Example.com', body: '  Hi  ' })).toEqual({
      ok: true,
      value: { authorName: 'Rita', authorEmail: 'rita@example.com', authorUrl: null, body: 'Hi' },
    })
  })

  it('keeps the body exactly as typed inside, line breaks and markup included', () => {
    const body = 'Line one\n<b>not bold</b>\nhttps://example.com'
    expect(validateComment({ authorName: 'R', authorEmail: 'r@e.co', body })).toMatchObject({
      ok: true,
      value: { body },
    })
  })

  it('names every failing field at once', () => {
    const result = validateComment({ authorName: '', authorEmail: 'x', authorUrl: 'javascript:alert(1)', body: '' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.map((problem) => problem.field)).toEqual([
      'authorName',
      'authorEmail',
      'authorUrl',
      'body',
    ])
  })

  it('counts characters, not bytes, for the limits', () => {
    expect(validateComment({ authorName: '🏃'.repeat(80), authorEmail: 'r@e.co', body: 'ok' }).ok).toBe(true)
    expect(validateComment({ authorName: '🏃'.repeat(81), authorEmail: 'r@e.co', body: 'ok' }).ok).toBe(false)
  })
})

describe('moderation rules', () => {
  it('holds every comment by default, saying so', () => {
    expect(moderateComment(signals, settings)).toEqual({
      status: 'pending',
      reasons: ['every comment is held for approval'],
    })
  })

  it('counts links written with or without a scheme', () => {
    expect(countLinks('see https://a.example, http://b.example and www.c.example')).toBe(3)
    expect(countLinks('no links here')).toBe(0)
  })

  it('matches moderation words as whole words only', () => {
    expect(moderateComment({ ...signals, body: 'Casino night!' }, settings).reasons).toEqual([
      'moderation word: casino',
    ])
    expect(moderateComment({ ...signals, body: 'Casinos' }, settings).reasons).toEqual([
      'every comment is held for approval',
    ])
  })

  it('sends bots to spam: honeypot, too fast, missing token, disallowed word', () => {
    expect(moderateComment({ ...signals, isHoneypotFilled: true }, settings)).toEqual({
      status: 'spam',
      reasons: ['honeypot'],
    })
    expect(moderateComment({ ...signals, secondsToPost: 0.4 }, settings).reasons).toEqual([
      'posted 0.4 s after the form was shown',
    ])
    expect(moderateComment({ ...signals, secondsToPost: null }, settings).status).toBe('spam')
    expect(moderateComment({ ...signals, authorUrl: 'https://viagra.example' }, settings).reasons).toEqual([
      'disallowed word: viagra',
    ])
  })

  it('approves returning authors only in that mode, and never past a hold rule', () => {
    const returning = { ...settings, approvalMode: 'approve_returning' as const }
    expect(moderateComment({ ...signals, hasApprovedComment: true }, returning).status).toBe('approved')
    expect(moderateComment({ ...signals, hasApprovedComment: true }, settings).status).toBe('pending')
    expect(
      moderateComment({ ...signals, hasApprovedComment: true, body: 'https://a.example https://b.example' }, returning)
        .status,
    ).toBe('pending')
  })

  it("never counts a staff account's email as a returning reader's: anyone can type it", () => {
    const returning = { ...settings, approvalMode: 'approve_returning' as const }
    expect(moderateComment({ ...signals, hasApprovedComment: true, usesStaffEmail: true }, returning)).toEqual({
      status: 'pending',
      reasons: ['the email of a staff account'],
    })
  })
})

describe('comment threads', () => {
  const c = (id: string, parentId: string | null, minute: number) => ({
    id,
    parentId,
    createdAt: `2026-11-01T10:${String(minute).padStart(2, '0')}:00Z`,
  })

  it('orders top-level comments and replies oldest first', () => {
    const threads = threadComments([c('b', null, 5), c('a', null, 1), c('a2', 'a', 9), c('a1', 'a', 3)], 3)
    expect(threads.map((node) => node.comment.id)).toEqual(['a', 'b'])
    expect(threads[0]!.replies.map((node) => node.comment.id)).toEqual(['a1', 'a2'])
  })

  it('never nests deeper than the setting', () => {
    const threads = threadComments([c('a', null, 1), c('b', 'a', 2), c('c', 'b', 3), c('d', 'c', 4)], 2)
    expect(threads[0]!.replies.map((node) => node.comment.id)).toEqual(['b', 'c', 'd'])
    expect(threads[0]!.replies[0]!.replies).toEqual([])
    expect(countThread(threads)).toBe(4)
  })

  it('leaves out replies to comments that are not shown', () => {
    expect(countThread(threadComments([c('a', null, 1), c('orphan', 'gone', 2)], 3))).toBe(1)
  })
})
