import type { Stage } from '../constants'

/**
 * The words of the review notifications. Pure, so the wording is tested without a mail server; the
 * hook that sends them only picks recipients.
 */
export type WorkflowEmail = { subject: string; text: string; html: string }

type Args = { title: string; editUrl: string; actor: string; note?: string | null }

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

function compose(subject: string, lines: string[], editUrl: string): WorkflowEmail {
  const text = [...lines, '', `Open it in the newsroom: ${editUrl}`].join('\n')
  const html = `${lines.map((line) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`).join('')}<p><a href="${escapeHtml(editUrl)}">Open it in the newsroom</a></p>`
  return { subject, text, html }
}

export function submittedEmail({ title, editUrl, actor }: Args): WorkflowEmail {
  return compose(`Ready for review: ${title}`, [`${actor} submitted "${title}" for review.`], editUrl)
}

export function reopenedEmail({ title, editUrl, actor, note }: Args): WorkflowEmail {
  return compose(
    `Back in review: ${title}`,
    [`${actor} changed "${title}" after it was approved, so it needs review again.`, note ?? ''].filter(Boolean),
    editUrl,
  )
}

export function changesRequestedEmail({ title, editUrl, actor, note }: Args): WorkflowEmail {
  return compose(
    `Changes requested: ${title}`,
    [`${actor} asked for changes to "${title}" before it can be published.`, `What to change:\n${note ?? ''}`],
    editUrl,
  )
}

export function publishedEmail({ title, editUrl, actor }: Args & { publicUrl?: string }): WorkflowEmail {
  return compose(`Published: ${title}`, [`"${title}" is live. ${actor} published it.`], editUrl)
}

/** Which email a stage change sends, if any. */
export function emailForTransition(
  to: Stage,
  args: Args & { from?: Stage | null },
): { audience: 'editors' | 'writer'; email: WorkflowEmail } | null {
  if (to === 'in_review' && (args.from === 'approved' || args.from === 'published')) {
    return { audience: 'editors', email: reopenedEmail(args) }
  }
  if (to === 'in_review') return { audience: 'editors', email: submittedEmail(args) }
  if (to === 'changes_requested') return { audience: 'writer', email: changesRequestedEmail(args) }
  if (to === 'published') return { audience: 'writer', email: publishedEmail(args) }
  return null
}
