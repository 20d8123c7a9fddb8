/**
 * The rules a reader's comment must meet, as a pure function: the API hook and the website form
 * both use it, so they give the same answers. Each problem names its field.
 */

export type CommentInput = {
  authorName?: unknown
  authorEmail?: unknown
  authorUrl?: unknown
  body?: unknown
}

export type CleanComment = { authorName: string; authorEmail: string; authorUrl: string | null; body: string }
export type FieldProblem = { field: keyof CleanComment; message: string }

export const LIMITS = { nameMax: 80, bodyMax: 5_000, emailMax: 254, urlMax: 2_000 } as const

// Deliberately simple: one @, no spaces, a dot in the domain. Real verification is the inbox.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null)

export function validateComment(
  input: CommentInput,
): { ok: true; value: CleanComment } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = []

  const name = asText(input.authorName)?.trim() ?? ''
  if (typeof input.authorName !== 'string' && input.authorName !== undefined && input.authorName !== null) {
    problems.push({ field: 'authorName', message: 'authorName must be text.' })
  } else if (!name) problems.push({ field: 'authorName', message: 'authorName: please give your name.' })
  else if ([...name].length > LIMITS.nameMax) {
    problems.push({ field: 'authorName', message: `authorName: use at most ${LIMITS.nameMax} characters.` })
  }

  const email = asText(input.authorEmail)?.trim() ?? ''
  if (!email)
    problems.push({
      field: 'authorEmail',
      message: 'authorEmail: please give your email address (it is never published).',
    })
  else if (email.length > LIMITS.emailMax || !EMAIL.test(email)) {
    problems.push({ field: 'authorEmail', message: 'authorEmail: this does not look like an email address.' })
  }

  const url = asText(input.authorUrl)?.trim() ?? ''
  if (input.authorUrl !== undefined && input.authorUrl !== null && typeof input.authorUrl !== 'string') {
    problems.push({ field: 'authorUrl', message: 'authorUrl must be text.' })
  } else if (url) {
    let isHttp = false
    try {
      const parsed = new URL(url)
      isHttp = (parsed.protocol === 'http:' || parsed.protocol === 'https:') && Boolean(parsed.hostname)
    } catch {
      isHttp = false
    }
    if (!isHttp || url.length > LIMITS.urlMax) {
      problems.push({ field: 'authorUrl', message: 'authorUrl: give a web address starting with http:// or https://.' })
    }
  }

  const body = asText(input.body)?.trim() ?? ''
  if (typeof input.body !== 'string' && input.body !== undefined && input.body !== null) {
    problems.push({ field: 'body', message: 'body must be text.' })
  } else if (!body) problems.push({ field: 'body', message: 'body: the comment is empty.' })
  else if ([...body].length > LIMITS.bodyMax) {
    problems.push({ field: 'body', message: `body: use at most ${LIMITS.bodyMax.toLocaleString('en')} characters.` })
  }

  if (problems.length) return { ok: false, problems }
  return { ok: true, value: { authorName: name, authorEmail: email.toLowerCase(), authorUrl: url || null, body } }
}
