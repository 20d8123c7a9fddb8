import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>We can’t find that page</h1>
      <p>It may have moved, or it may not be published yet.</p>
      <ul>
        <li>
          <Link href="/">Read the latest articles</Link>
        </li>
        <li>
          <Link href="/causes">Browse causes, from iron deficiency to worn-out shoes</Link>
        </li>
      </ul>
    </div>
  )
}
