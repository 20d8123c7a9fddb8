import type { Media } from '../payload-types'

type Props = {
  image: Media | number | null | undefined
  /** The `sizes` attribute: how wide the image is drawn at each viewport. */
  sizes: string
  /** Above the fold: load at once and let the browser prioritise it. */
  priority?: boolean
  className?: string
  /** Prefer a crop: `card` (16:9) or `thumbnail` (square); the hero keeps its own ratio. */
  crop?: 'card' | 'thumbnail'
}

type Variant = { url?: string | null; width?: number | null; height?: number | null }

/** An <img> with a srcset built from Payload's generated sizes, dimensions set so nothing jumps. */
export function ResponsiveImage({ image, sizes, priority = false, className, crop }: Props) {
  if (!image || typeof image !== 'object' || !image.url) return null
  const variants: Variant[] =
    crop === 'thumbnail'
      ? [image.sizes?.thumbnail ?? {}]
      : [
          image.sizes?.card ?? {},
          image.sizes?.hero ?? {},
          crop ? {} : { url: image.url, width: image.width, height: image.height },
        ]
  const usable = variants.filter((variant): variant is Required<Variant> =>
    Boolean(variant.url && variant.width && variant.height),
  )
  const fallback = usable[0] ?? { url: image.url, width: image.width ?? 1600, height: image.height ?? 900 }
  return (
    <img
      className={className}
      src={fallback.url!}
      srcSet={usable.map((variant) => `${variant.url} ${variant.width}w`).join(', ') || undefined}
      sizes={sizes}
      width={fallback.width!}
      height={fallback.height!}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  )
}
