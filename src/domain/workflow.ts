import type { Role, Stage, WorkflowAction } from '../constants'
import { STAGE_LABELS } from '../constants'

/**
 * The review workflow as data: which action moves an article from which stage to which, and who
 * may take it. Publishing itself is Payload's `_status`; it moves the stage to `published`.
 */
type Rule = {
  from: Stage[]
  to: Stage
  roles: Role[]
  needsNote?: boolean
  /** Only together with a publish (`_status: 'published'`) in the same save. */
  withPublish?: boolean
  label: string
}

export const WORKFLOW_RULES: Record<WorkflowAction, Rule> = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    roles: ['admin', 'editor', 'writer'],
    label: 'Submit for review',
  },
  // The writer takes a submitted article back to keep working on it; the approval, if any, goes too.
  withdraw: {
    from: ['in_review', 'approved'],
    to: 'draft',
    roles: ['admin', 'editor', 'writer'],
    label: 'Withdraw',
  },
  request_changes: {
    from: ['in_review', 'approved', 'published'],
    to: 'changes_requested',
    roles: ['admin', 'editor'],
    needsNote: true,
    label: 'Request changes',
  },
  approve: { from: ['in_review'], to: 'approved', roles: ['admin', 'editor'], label: 'Approve' },
  // The admin's way round review (a correction that cannot wait), always with a reason on record.
  publish_without_review: {
    from: ['draft', 'in_review', 'changes_requested', 'approved'],
    to: 'published',
    roles: ['admin'],
    needsNote: true,
    withPublish: true,
    label: 'Publish without review',
  },
}

export type TransitionResult =
  | { ok: true; to: Stage }
  | { ok: false; status: 400 | 403; field: 'workflowAction' | 'workflowNote'; message: string }

const stageName = (stage: Stage) => STAGE_LABELS[stage].toLowerCase()

export function transition(args: {
  from: Stage
  action: WorkflowAction
  roles: readonly Role[]
  note?: string | null
  publishing?: boolean
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
      message: `workflowAction: "${rule.label}" is for ${rule.roles.filter((r) => r !== 'admin').join(' or ') || 'admin'}s.`,
    }
  }
  if (!rule.from.includes(args.from)) {
    return {
      ok: false,
      status: 400,
      field: 'workflowAction',
      message: `workflowAction: cannot "${rule.label}" an article that is ${stageName(args.from)}.`,
    }
  }
  if (rule.withPublish && !args.publishing) {
    return {
      ok: false,
      status: 400,
      field: 'workflowAction',
      message: `workflowAction: "${rule.label}" goes with _status "published" in the same save.`,
    }
  }
  if (rule.needsNote && !args.note?.trim()) {
    const why = args.action === 'request_changes' ? 'say what needs to change.' : 'say why review is skipped.'
    return { ok: false, status: 400, field: 'workflowNote', message: `workflowNote: ${why}` }
  }
  return { ok: true, to: rule.to }
}

/** The buttons of the workflow panel: actions a person with these roles can take in this stage. */
export function availableActions(from: Stage, roles: readonly Role[]): WorkflowAction[] {
  return (Object.keys(WORKFLOW_RULES) as WorkflowAction[]).filter(
    (action) => !WORKFLOW_RULES[action].withPublish && transition({ from, action, roles, note: 'x' }).ok,
  )
}

const STAGE_PHRASES: Record<Stage, string> = {
  draft: 'a draft',
  in_review: 'in review',
  changes_requested: 'waiting for changes',
  approved: 'approved',
  published: 'published',
}

/** Stages whose text an editor has approved: the article may go live as it is. */
export const APPROVED_STAGES: readonly Stage[] = ['approved', 'published']

/**
 * Why an article in this stage may not be published, or null when it may. With review required
 * (the editorial setting, on by default) only approved text goes live.
 */
export function publishRefusal(stage: Stage, reviewRequired: boolean): string | null {
  if (!reviewRequired || APPROVED_STAGES.includes(stage)) return null
  const next =
    stage === 'in_review'
      ? 'an editor approves it first'
      : stage === 'changes_requested'
        ? 'the writer revises it, submits it again and an editor approves it'
        : 'submit it for review and have an editor approve it'
  return `This article is ${STAGE_PHRASES[stage]}: publishing needs an approved article, so ${next}.`
}
