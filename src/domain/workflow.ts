import type { Role, Stage, WorkflowAction } from '../constants'

/**
 * The review workflow as data: which action moves an article from which stage to which, and who
 * may take it. Publishing itself is Payload's `_status`; it moves the stage to `published`.
 */
type Rule = { from: Stage[]; to: Stage; roles: Role[]; needsNote?: boolean; label: string }

export const WORKFLOW_RULES: Record<WorkflowAction, Rule> = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    roles: ['admin', 'editor', 'writer'],
    label: 'Submit for review',
  },
  request_changes: {
    from: ['in_review', 'approved', 'published'],
    to: 'changes_requested',
    roles: ['admin', 'editor'],
    needsNote: true,
    label: 'Request changes',
  },
  approve: { from: ['in_review'], to: 'approved', roles: ['admin', 'editor'], label: 'Approve' },
}

export type TransitionResult =
  { ok: true; to: Stage } | { ok: false; status: 400 | 403; field: 'workflowAction' | 'workflowNote'; message: string }

export function transition(args: {
  from: Stage
  action: WorkflowAction
  roles: readonly Role[]
  note?: string | null
}): TransitionResult {
  const rule = WORKFLOW_RULES[args.action]
  if (!rule)
    return {
      ok: false,
      status: 400,
      field: 'workflowAction',
      message: `workflowAction: unknown action "${String(args.action)}".`,
    }
  if (!args.roles.some((role) => rule.roles.includes(role))) {
    return {
      ok: false,
      status: 403,
      field: 'workflowAction',
      message: `workflowAction: "${rule.label}" is for ${rule.roles.filter((r) => r !== 'admin').join(' or ')}s.`,
    }
  }
  if (!rule.from.includes(args.from)) {
    return {
      ok: false,
      status: 400,
      field: 'workflowAction',
      message: `workflowAction: cannot "${rule.label}" an article that is ${args.from.replace('_', ' ')}.`,
    }
  }
  if (rule.needsNote && !args.note?.trim()) {
    return { ok: false, status: 400, field: 'workflowNote', message: 'workflowNote: say what needs to change.' }
  }
  return { ok: true, to: rule.to }
}

/** The actions a person with these roles can take on an article in this stage (for the admin buttons). */
export function availableActions(from: Stage, roles: readonly Role[]): WorkflowAction[] {
  return (Object.keys(WORKFLOW_RULES) as WorkflowAction[]).filter(
    (action) => transition({ from, action, roles, note: 'x' }).ok,
  )
}
