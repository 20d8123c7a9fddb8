import type { Metadata } from 'next'

export const metadata: Metadata = {
  title: 'Privacy and comments',
  description: 'What Legwork keeps when you read or comment, who sees it, and how to have it removed.',
  alternates: { canonical: '/privacy' },
}

/** A plain page with no data of its own: also the benchmark's measure of a prerendered Next page. */
export default function PrivacyPage() {
  return (
    <article className="prose page-prose">
      <h1>Privacy and comments</h1>
      <h2>Reading</h2>
      <p>
        Reading Legwork sets no cookies and needs no account. Pages are served from a cache; we keep no record of which
        articles you read.
      </p>
      <h2>Commenting</h2>
      <p>When you post a comment we store:</p>
      <ul>
        <li>the name you give, your website if you add one, and your comment — these are shown once it is approved;</li>
        <li>your email address, which is never shown and is seen only by our moderators, who may use it to reply;</li>
        <li>
          a keyed fingerprint of your internet address and your browser’s name, used only to slow down floods of
          comments and spam; the address itself is not stored.
        </li>
      </ul>
      <p>
        Every comment is read by a moderator before anyone else can see it. Comments that break our rules are not
        published.
      </p>
      <h2>Removing a comment</h2>
      <p>
        Write to the newsroom from the address you commented with and name the article: we remove the comment and the
        details stored with it.
      </p>
    </article>
  )
}
