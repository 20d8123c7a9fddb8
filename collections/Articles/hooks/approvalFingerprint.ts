import crypto from 'node:crypto'

import {
  APPROVED_PARTS,
  approvedTextOf,
  type ApprovableArticle,
  type ApprovedPart,
} from '../../../src/domain/approvedText'

/**
 * What is stored of the approved text: a short hash per part, enough to tell which part changed,
 * and — while a change has sent the article back to review — the stage it left, so that undoing
 * the change (a slip typed and deleted, autosaved in between) gives the approval back.
 */
export type ApprovalFingerprint = Partial<Record<ApprovedPart, string>> & { reopenedFrom?: 'approved' | 'published' }

const hash = (text: string) => crypto.createHash('sha256').update(text).digest('base64url').slice(0, 22)

export function fingerprintOf(article: ApprovableArticle): Record<ApprovedPart, string> {
  const text = approvedTextOf(article)
  return Object.fromEntries(APPROVED_PARTS.map((part) => [part, hash(text[part])])) as Record<ApprovedPart, string>
}
