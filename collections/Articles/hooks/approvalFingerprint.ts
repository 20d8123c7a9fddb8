import crypto from 'node:crypto'

import {
  APPROVED_PARTS,
  approvedTextOf,
  type ApprovableArticle,
  type ApprovedPart,
} from '../../../src/domain/approvedText'

/** What is stored of the approved text: a short hash per part, enough to tell which part changed. */
export type ApprovalFingerprint = Partial<Record<ApprovedPart, string>>

const hash = (text: string) => crypto.createHash('sha256').update(text).digest('base64url').slice(0, 22)

export function fingerprintOf(article: ApprovableArticle): Record<ApprovedPart, string> {
  const text = approvedTextOf(article)
  return Object.fromEntries(APPROVED_PARTS.map((part) => [part, hash(text[part])])) as Record<ApprovedPart, string>
}
