'use client'
import { FormSubmit, useDocumentInfo, useEditDepth, useForm, useFormModified, useHotkey } from '@payloadcms/ui'
import { useCallback } from 'react'

import { COLLECTION, type Stage } from '@/constants'
import { publishRefusal } from '@/domain/workflow'

import { useReviewRequired } from './useReviewRequired'

/**
 * The article's Publish button, in place of Payload's. It is offered only when the server would
 * accept the publish (the text is approved, or review is not required) and carries no schedule
 * menu: scheduling lives in the workflow panel (ScheduleControl). Otherwise the panel says what the
 * article needs; writers never get the button (Payload asks the access rules for the permission).
 */
export function ArticlePublishButton() {
  const {
    id,
    savedDocumentData,
    hasPublishPermission,
    hasPublishedDoc,
    unpublishedVersionCount,
    setHasPublishedDoc,
    setUnpublishedVersionCount,
    setMostRecentVersionIsAutosaved,
    uploadStatus,
  } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const editDepth = useEditDepth()
  const reviewRequired = useReviewRequired()
  const stage = (savedDocumentData?.stage as Stage | undefined) ?? 'draft'

  const saveDraft = useCallback(async () => {
    if (!id || !modified) return
    await submit({
      action: `/api/${COLLECTION.articles}/${id}?depth=0&draft=true`,
      method: 'PATCH',
      overrides: { _status: 'draft' },
      skipValidation: true,
    })
  }, [id, modified, submit])

  // Ctrl/⌘+S saves a draft, as it does with Payload's own button.
  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (event) => {
    event.preventDefault()
    event.stopPropagation()
    void saveDraft()
  })

  const publish = useCallback(async () => {
    if (!id || uploadStatus === 'uploading') return
    const result = await submit({
      action: `/api/${COLLECTION.articles}/${id}?depth=0`,
      method: 'PATCH',
      overrides: { _status: 'published' },
    })
    if (result && result.res.ok) {
      setUnpublishedVersionCount(0)
      setMostRecentVersionIsAutosaved(false)
      setHasPublishedDoc(true)
    }
  }, [id, submit, uploadStatus, setHasPublishedDoc, setUnpublishedVersionCount, setMostRecentVersionIsAutosaved])

  if (!id || !hasPublishPermission || publishRefusal(stage, reviewRequired)) return null
  const somethingToPublish = modified || unpublishedVersionCount > 0 || !hasPublishedDoc
  return (
    <FormSubmit
      buttonId="action-save"
      disabled={!somethingToPublish || uploadStatus === 'uploading'}
      onClick={() => void publish()}
      size="medium"
      type="button"
    >
      {hasPublishedDoc ? 'Publish changes' : 'Publish'}
    </FormSubmit>
  )
}
