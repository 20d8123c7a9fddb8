import { blocksOf, type LexicalState } from './richText'

/**
 * What an approval covers: the words a reader reads and the links they follow. SEO fields, pinned
 * related articles, "comments open" and the schedule are left out, so changing them keeps the
 * approval; formatting alone (bold, italics) is left out too.
 */
export const APPROVED_PARTS = ['title', 'excerpt', 'intro', 'reasons', 'conclusion'] as const
export type ApprovedPart = (typeof APPROVED_PARTS)[number]

type Ref = number | string | { id?: number | string } | null | undefined
type Reason = { cause?: Ref; heading?: string | null; body?: LexicalState }
export type ApprovableArticle = {
  title?: string | null
  excerpt?: string | null
  intro?: LexicalState
  reasons?: Reason[] | null
  conclusion?: LexicalState
}

type LinkNode = { type?: string; fields?: { url?: string; doc?: { value?: Ref } }; url?: string; children?: LinkNode[] }

function linksOf(state: LexicalState): string[] {
  const found: string[] = []
  const visit = (node: LinkNode) => {
    if (node.type === 'link' || node.type === 'autolink') {
      const doc = node.fields?.doc?.value
      found.push(node.fields?.url ?? node.url ?? `doc:${refId(doc)}`)
    }
    for (const child of node.children ?? []) visit(child)
  }
  if (state?.root) visit(state.root as LinkNode)
  return found
}

const refId = (ref: Ref) => String(typeof ref === 'object' && ref !== null ? (ref.id ?? '') : (ref ?? ''))
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
const richText = (state: LexicalState) => ({ text: blocksOf(state).map(squash), links: linksOf(state) })

/** Each approved part as a canonical string; two texts that read the same give the same strings. */
export function approvedTextOf(article: ApprovableArticle): Record<ApprovedPart, string> {
  return {
    title: squash(article.title),
    excerpt: squash(article.excerpt),
    intro: JSON.stringify(richText(article.intro)),
    reasons: JSON.stringify(
      (article.reasons ?? []).map((reason) => ({
        cause: refId(reason.cause),
        heading: squash(reason.heading),
        body: richText(reason.body),
      })),
    ),
    conclusion: JSON.stringify(richText(article.conclusion)),
  }
}

/** The parts whose fingerprint differs from the approved one, in reading order. */
export function changedParts(
  approved: Partial<Record<ApprovedPart, string>>,
  current: Record<ApprovedPart, string>,
): ApprovedPart[] {
  return APPROVED_PARTS.filter((part) => approved[part] !== current[part])
}
