'use client'

import { SelectField } from '@payloadcms/ui'
import type { ClientFieldWithOptionalType, SelectFieldClient, TextFieldClient } from 'payload'

type Props = {
  field: ClientFieldWithOptionalType
  path: string
  readOnly?: boolean
  options: { label: string; value: string }[]
}

/** Payload's own select, searchable, over the text field that stores the zone. */
export function TimeZoneSelect({ field, path, readOnly, options }: Props) {
  const text = field as TextFieldClient
  const select = {
    ...text,
    type: 'select',
    hasMany: false,
    options,
    admin: { ...text.admin, isClearable: false },
  } as unknown as SelectFieldClient
  return <SelectField field={select} path={path} readOnly={readOnly} />
}
