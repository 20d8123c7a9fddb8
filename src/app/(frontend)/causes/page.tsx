import type { Metadata } from 'next'
import Link from 'next/link'

import { CAUSE_CATEGORIES } from '@/constants'
import { listPublishedCauses } from '@/data/causes'

export const metadata: Metadata = {
  title: 'Causes',
  description: 'The causes our articles explain, from training mistakes to iron deficiency, each with its sources.',
  alternates: { canonical: '/causes' },
}

export default async function CausesPage() {
  const causes = await listPublishedCauses()
  const groups = CAUSE_CATEGORIES.map((category) => ({
    ...category,
    causes: causes.filter((cause) => cause.category === category.value),
  })).filter((group) => group.causes.length)

  return (
    <>
      <div className="page-intro">
        <h1>Causes</h1>
        <p>Each cause is explained once, with its sources, and cited by every article it helps explain.</p>
      </div>
      {groups.map((group) => (
        <section key={group.value} aria-labelledby={`category-${group.value}`} className="cause-group">
          <h2 id={`category-${group.value}`}>{group.label}</h2>
          <ul className="cause-list">
            {group.causes.map((cause) => (
              <li key={cause.id}>
                <Link href={`/causes/${cause.slug}`}>{cause.title}</Link>
                <p>{cause.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
