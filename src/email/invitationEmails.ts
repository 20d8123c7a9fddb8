/**
 * The words of the emails that carry a set-password link: the invitation a new colleague receives,
 * and the reset asked for from "Forgot your password?". Pure, so the wording is tested without a mail
 * server; the link and its token come from Payload's forgot-password flow.
 */
export type LinkEmail = { subject: string; text: string; html: string }

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

function compose(subject: string, before: string[], link: { url: string; label: string }, after: string[]): LinkEmail {
  const text = [...before, '', `${link.label}: ${link.url}`, '', ...after].join('\n')
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')
  const html = `${paragraphs(before)}<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p><p>${escapeHtml(link.url)}</p>${paragraphs(after)}`
  return { subject, text, html }
}

/** "Monday 8 December 2026, 14:05 (Europe/London)": when the link stops working, on the newsroom's clock. */
export function formatDeadline(date: Date, timeZone: string): string {
  const formatted = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date)
  return `${formatted} (${timeZone})`
}

type InvitationArgs = {
  name: string
  roles: string[]
  inviter: string
  siteName: string
  url: string
  expiresAt: Date
  timeZone: string
}

export function invitationEmail({
  name,
  roles,
  inviter,
  siteName,
  url,
  expiresAt,
  timeZone,
}: InvitationArgs): LinkEmail {
  const as = roles.length ? ` as ${roles.join(' and ').toLowerCase()}` : ''
  return compose(
    `You are invited to the ${siteName} newsroom`,
    [`Hello ${name},`, `${inviter} has added you to the ${siteName} newsroom${as}. Choose your password to sign in.`],
    { url, label: 'Choose your password' },
    [
      `The link works once, until ${formatDeadline(expiresAt, timeZone)}. If it has expired, ask ${inviter} to send the invitation again.`,
      'If you did not expect this email, you can ignore it: nothing happens until the link is used.',
    ],
  )
}

type ResetArgs = { name: string; siteName: string; url: string; expiresAt: Date; timeZone: string }

export function passwordResetEmail({ name, siteName, url, expiresAt, timeZone }: ResetArgs): LinkEmail {
  return compose(
    `Choose a new password for the ${siteName} newsroom`,
    [`Hello ${name},`, `Someone (we hope you) asked to reset the password of your ${siteName} newsroom account.`],
    { url, label: 'Choose a new password' },
    [
      `The link works once, until ${formatDeadline(expiresAt, timeZone)}.`,
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ],
  )
}
