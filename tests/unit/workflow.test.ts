import { describe, expect, it } from 'vitest'

import type { Role, Stage, WorkflowAction } from '../../src/constants'
import { availableActions, transition } from '../../src/domain/workflow'

describe('review workflow rules', () => {
  const allowed: Array<[WorkflowAction, Stage, Role, Stage]> = [
    ['submit', 'draft', 'writer', 'in_review'],
    ['submit', 'changes_requested', 'writer', 'in_review'],
    ['approve', 'in_review', 'editor', 'approved'],
    ['request_changes', 'in_review', 'editor', 'changes_requested'],
    ['request_changes', 'approved', 'editor', 'changes_requested'],
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
    expect(availableActions('in_review', ['writer'])).toEqual([])
    expect(availableActions('in_review', ['editor'])).toEqual(['request_changes', 'approve'])
    expect(availableActions('in_review', ['moderator'])).toEqual([])
  })
})
