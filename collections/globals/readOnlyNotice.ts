import type { UIField } from 'payload'

type Notice = {
  /** The global whose `update` access decides whether the notice shows. */
  global: string
  /** Who may change these settings, as a person would say it ("editors and admins"). */
  who: string
  /** Why they, and not everyone who can read the settings. */
  why: string
}

/**
 * A line at the top of a settings form for those who may read it but not change it: Payload greys
 * the fields out without a word, and a moderator is left guessing whether something is broken.
 */
export function readOnlyNoticeField({ global, who, why }: Notice): UIField {
  return {
    name: 'readOnlyNotice',
    type: 'ui',
    admin: {
      components: {
        Field: { path: '@/admin/settings/ReadOnlyNotice#ReadOnlyNotice', clientProps: { global, who, why } },
      },
    },
  }
}
