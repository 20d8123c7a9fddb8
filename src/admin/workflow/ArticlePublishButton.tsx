'use client'
import { PublishButton, useDocumentInfo } from '@payloadcms/ui'

import type { Stage } from '@/constants'
import { publishRefusal } from '@/domain/workflow'

import { useReviewRequired } from './useReviewRequired'

/**
 * Payload's Publish button (with its schedule menu), offered only when the server would accept the
 * publish: the article's text is approved, or review is not required. Otherwise the workflow panel
 * says what the article needs; writers never get the button (Payload asks the access rules).
 */
export function ArticlePublishButton() {
  const { savedDocumentData } = useDocumentInfo()
  const reviewRequired = useReviewRequired()
  const stage = (savedDocumentData?.stage as Stage | undefined) ?? 'draft'
  if (publishRefusal(stage, reviewRequired)) return null
  return <PublishButton />
}
