import type { TextField } from 'payload'

import { slugify } from '../../src/domain/slugify'

/**
 * A unique, editable URL slug filled from another field (the title or name) while it is empty.
 * Once set it stays put, so a retitled article keeps its address.
 */
export function slugField(source: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    // Not `required` in the schema: GraphQL and REST clients may leave it out and get one made from
    // the title. `validate` still refuses an empty slug after the hook has run.
    unique: true,
    index: true,
    maxLength: 96,
    admin: {
      position: 'sidebar',
      description: `The address of the page. Filled from the ${source} when left empty; changing it breaks old links.`,
    },
    validate: (value: string | null | undefined) => {
      if (!value) return 'A slug is required (it is filled from the title when left empty).'
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return 'Use lower-case letters, digits and single hyphens only.'
      return true
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const from = siblingData?.[source]
          return typeof from === 'string' ? slugify(from) : value
        },
      ],
    },
  }
}
