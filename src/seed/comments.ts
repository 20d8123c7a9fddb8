/**
 * Demo comments: approved ones (some threaded), one held and one spam, so the moderation queue and
 * the article's discussion both have something to show. Emails use reserved example domains.
 */
export type SeedComment = {
  key: string
  article: string
  replyTo?: string
  authorName: string
  authorEmail: string
  authorUrl?: string
  body: string
  status: 'approved' | 'pending' | 'spam'
  heldFor?: string[]
  /** The newsroom's reply (the editor's account): shown with a "Staff" badge. */
  byStaff?: boolean
  minutesAgo: number
}

const MAIN = '8-reasons-why-you-feel-your-legs-heavy-when-you-run'

export const SEED_COMMENTS: SeedComment[] = [
  {
    key: 'maria-shoes',
    article: MAIN,
    authorName: 'Maria K.',
    authorEmail: 'maria@example.com',
    body: 'The shoe point was it for me. My pair had well over 900 km on it and my calves felt like concrete.\nNew shoes, problem gone.',
    status: 'approved',
    minutesAgo: 2_400,
  },
  {
    key: 'sam-reply',
    article: MAIN,
    replyTo: 'maria-shoes',
    authorName: 'Sam Okafor',
    authorEmail: 'editor@legwork.test',
    authorUrl: 'https://legwork.example',
    byStaff: true,
    body: 'Glad it helped, Maria. Writing the date of purchase inside the tongue makes it easier to keep count.',
    status: 'approved',
    minutesAgo: 2_300,
  },
  {
    key: 'maria-thanks',
    article: MAIN,
    replyTo: 'sam-reply',
    authorName: 'Maria K.',
    authorEmail: 'maria@example.com',
    body: 'Good tip, doing that from now on!',
    status: 'approved',
    minutesAgo: 2_200,
  },
  {
    key: 'jon-iron',
    article: MAIN,
    authorName: 'Jon',
    authorEmail: 'jon@example.org',
    body: 'Had my ferritin checked after reading this. It was low. Thanks for being careful to say “ask a doctor” instead of “take supplements”.',
    status: 'approved',
    minutesAgo: 1_400,
  },
  {
    key: 'held-links',
    article: MAIN,
    authorName: 'Coach Pat',
    authorEmail: 'pat@example.net',
    body: 'More on this at https://coach.example/heavy-legs and https://coach.example/plans',
    status: 'pending',
    heldFor: ['2 links'],
    minutesAgo: 90,
  },
  {
    key: 'spam',
    article: MAIN,
    authorName: 'Best Deals',
    authorEmail: 'deals@example.com',
    body: 'Cheap watches here, click now',
    status: 'spam',
    heldFor: ['honeypot'],
    minutesAgo: 30,
  },
  {
    key: 'heat-question',
    article: '3-ways-to-run-better-in-the-heat',
    authorName: 'Lina',
    authorEmail: 'lina@example.com',
    body: 'How long does heat acclimatisation last once you are back in cooler weather?',
    status: 'pending',
    heldFor: ['every comment is held for approval'],
    minutesAgo: 45,
  },
]
