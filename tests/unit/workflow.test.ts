import { describe, expect, it } from 'vitest'

import type { Role, Stage, WorkflowAction } from '../../src/constants'
import { availableActions, publishRefusal, transition } from '../../src/domain/workflow'

describe('review workflow rules', () => {
  const allowed: Array<[WorkflowAction, Stage, Role, Stage]> = [
    ['submit', 'draft', 'writer', 'in_review'],
    ['submit', 'changes_requested', 'writer', 'in_review'],
    ['approve', 'in_review', 'editor', 'approved'],
    ['request_changes', 'in_review', 'editor', 'changes_requested'],
    ['request_changes', 'approved', 'editor', 'changes_requested'],
    ['withdraw', 'in_review', 'writer', 'draft'],
    ['withdraw', 'approved', 'writer', 'draft'],
  ]
  it.each(allowed)('%s from %s by a %s → %s', (action, from, role, to) => {
    expect(transition({ action, from, roles: [role], note: 'Tighten the intro.' })).toEqual({ ok: true, to })
  })

  const refused: Array<[WorkflowAction, Stage, Role, 400 | 403]> = [
    ['approve', 'in_review', 'writer', 403],
    ['request_changes', 'in_review', 'writer', 403],
    ['submit', 'draft', 'moderator', 403],
    ['approve', 'draft', 'editor', 400],
    ['submit', 'in_review', 'writer', 400],
    ['submit', 'published', 'editor', 400],
    ['withdraw', 'draft', 'writer', 400],
    ['withdraw', 'published', 'editor', 400],
    ['publish_without_review', 'draft', 'editor', 403],
  ]
  it.each(refused)('refuses %s from %s by a %s with %s', (action, from, role, status) => {
    const result = transition({ action, from, roles: [role], note: 'note' })
    expect(result).toMatchObject({ ok: false, status })
    expect((result as { message: string }).message).toMatch(/^workflowAction: /)
  })

  it('requires a note to request changes, naming the field', () => {
    expect(transition({ action: 'request_changes', from: 'in_review', roles: ['editor'], note: '  ' })).toEqual({
      ok: false,
      status: 400,
      field: 'workflowNote',
      message: 'workflowNote: say what needs to change.',
    })
  })

  it('offers each role only the buttons it may press', () => {
    expect(availableActions('draft', ['writer'])).toEqual(['submit'])
    expect(availableActions('in_review', ['writer'])).toEqual(['withdraw'])
    expect(availableActions('in_review', ['editor'])).toEqual(['withdraw', 'request_changes', 'approve'])
    expect(availableActions('in_review', ['moderator'])).toEqual([])
    // Publishing without review is a publish, offered next to Publish, never as a stage button.
    expect(availableActions('draft', ['admin'])).toEqual(['submit'])
  })

  it('lets an admin publish without review only with a reason and together with the publish', () => {
    const base = { action: 'publish_without_review', from: 'draft', roles: ['admin'] } as const
    expect(transition({ ...base, note: 'Correcting a dosage error now.', publishing: true })).toEqual({
      ok: true,
      to: 'published',
    })
    expect(transition({ ...base, note: ' ', publishing: true })).toMatchObject({ ok: false, field: 'workflowNote' })
    expect(transition({ ...base, note: 'Why', publishing: false })).toMatchObject({
      ok: false,
      message: 'workflowAction: "Publish without review" goes with _status "published" in the same save.',
    })
  })
})

describe('publishing needs approval', () => {
  it('lets approved and published articles go live, and names the stage and the next step otherwise', () => {
    expect(publishRefusal('approved', true)).toBeNull()
    expect(publishRefusal('published', true)).toBeNull()
    expect(publishRefusal('draft', true)).toBe(
      'This article is a draft: publishing needs an approved article, so submit it for review and have an editor approve it.',
    )
    expect(publishRefusal('in_review', true)).toBe(
      'This article is in review: publishing needs an approved article, so an editor approves it first.',
    )
    expect(publishRefusal('changes_requested', true)).toContain('This article is waiting for changes')
  })

  it('refuses nothing when the setting is off', () => {
    expect(publishRefusal('draft', false)).toBeNull()
  })
})
