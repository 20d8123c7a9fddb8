import { describe, expect, it } from 'vitest'

import { actionsFor, canReplyTo, changes, statusAfter } from '../../src/domain/comments/moderationActions'

describe('moderation actions', () => {
  it('offers delete in the trash only, as the API allows', () => {
    expect(actionsFor('pending')).toEqual(['approve', 'spam', 'trash'])
    expect(actionsFor('approved')).toEqual(['unapprove', 'spam', 'trash'])
    expect(actionsFor('spam')).toEqual(['notSpam', 'trash'])
    expect(actionsFor('trash')).toEqual(['restore', 'spam', 'delete'])
    expect(actionsFor(undefined)).not.toContain('delete')
  })

  it('restores a comment to where it was before spam or the trash, else to the queue', () => {
    expect(statusAfter('restore', { status: 'trash', previousStatus: 'approved' })).toBe('approved')
    expect(statusAfter('notSpam', { status: 'spam', previousStatus: 'pending' })).toBe('pending')
    expect(statusAfter('restore', { status: 'trash', previousStatus: null })).toBe('pending')
    // Never straight onto the site from a value that is not a queue or the site.
    expect(statusAfter('restore', { status: 'trash', previousStatus: 'spam' })).toBe('pending')
  })

  it('knows when an action changes nothing', () => {
    expect(changes('approve', { status: 'approved' })).toBe(false)
    expect(changes('trash', { status: 'approved' })).toBe(true)
    expect(changes('delete', { status: 'pending' })).toBe(false)
  })

  it('allows a reply to pending and approved comments within the thread depth', () => {
    expect(canReplyTo({ status: 'pending', depth: 0 }, 3)).toBe(true)
    expect(canReplyTo({ status: 'approved', depth: 1 }, 3)).toBe(true)
    expect(canReplyTo({ status: 'approved', depth: 2 }, 3)).toBe(false)
    expect(canReplyTo({ status: 'spam', depth: 0 }, 3)).toBe(false)
  })
})
