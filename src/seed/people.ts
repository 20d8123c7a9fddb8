import type { Role } from '../constants'

export type SeedAuthor = {
  slug: string
  name: string
  jobTitle: string
  bio: string[]
  expertise: string[]
  credentials?: string
  website?: string
}

export const SEED_AUTHORS: SeedAuthor[] = [
  {
    slug: 'sam-okafor',
    name: 'Sam Okafor',
    jobTitle: 'Website editor',
    bio: [
      'Sam has edited health and lifestyle websites for more than five years and runs most mornings before work.',
      'Every article Sam edits is checked against published research, and sources are added as the evidence grows.',
    ],
    expertise: ['running injuries', 'training load', 'editing'],
  },
  {
    slug: 'lena-hart',
    name: 'Dr Lena Hart',
    jobTitle: 'Sports physician',
    bio: ['Lena is a sports physician who reviews our health articles for accuracy.'],
    expertise: ['sports medicine', 'iron deficiency', 'overtraining'],
    credentials: 'MD, specialist in sports and exercise medicine',
  },
  {
    slug: 'tom-reyes',
    name: 'Tom Reyes',
    jobTitle: 'Staff writer',
    bio: ['Tom writes about training, recovery and the science of everyday running.'],
    expertise: ['marathon training', 'recovery'],
  },
]

export type SeedStaff = { email: string; name: string; roles: Role[]; authorSlug?: string }

export const SEED_STAFF: SeedStaff[] = [
  { email: 'admin@legwork.test', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@legwork.test', name: 'Sam Okafor', roles: ['editor'], authorSlug: 'sam-okafor' },
  { email: 'writer@legwork.test', name: 'Tom Reyes', roles: ['writer'], authorSlug: 'tom-reyes' },
  { email: 'moderator@legwork.test', name: 'Mo Moderator', roles: ['moderator'] },
]

/** Which author profile signs articles written by each seeded role. */
export const BYLINE_BY_WRITER = { editor: 'sam-okafor', writer: 'tom-reyes' } as const
export const REVIEWER_SLUG = 'lena-hart'
