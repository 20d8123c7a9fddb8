import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { listLatestArticles } from '@/data/articles'
import { getSiteSettings } from '@/data/settings'

type Props = { params: Promise<{ n: string }> }

export const dynamicParams = true
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params
  return { title: `Latest articles, page ${n}`, alternates: { canonical: `/page/${n}` } }
}

export default async function ArchivePage({ params }: Props) {
  const { n } = await params
  const page = Number(n)
  if (!Number.isInteger(page) || page < 1 || String(page) !== n) notFound()
  if (page === 1) redirect('/')
  const { articlesPerPage } = await getSiteSettings()
  const latest = await listLatestArticles(page, articlesPerPage)
  if (!latest.docs.length) notFound()
  return (
    <>
      <h1 className="page-title">Latest articles — page {page}</h1>
      <ArticleList articles={latest.docs} page={page} totalPages={latest.totalPages} />
    </>
  )
}
