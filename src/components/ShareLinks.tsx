import { CopyLink } from './CopyLink.client'

type Props = { url: string; title: string; imageUrl?: string | null }

/** Plain links to each network's share page: no third-party script, no tracking, works without JavaScript. */
export function ShareLinks({ url, title, imageUrl }: Props) {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  const links = [
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    {
      name: 'Pinterest',
      href: `https://pinterest.com/pin/create/button/?url=${u}&description=${t}${imageUrl ? `&media=${encodeURIComponent(imageUrl)}` : ''}`,
    },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
  ]
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share__heading">
        Spread the word
      </h2>
      <ul className="share__list">
        {links.map((link) => (
          <li key={link.name}>
            <a className="share__link" href={link.href} rel="noopener noreferrer" target="_blank">
              Share on {link.name}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
        <CopyLink url={url} />
      </ul>
    </section>
  )
}
