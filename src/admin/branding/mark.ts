/**
 * Legwork's mark: an L drawn as a running track's home straight, with the bend of the track above
 * it. One drawing, used inline in the admin (sign-in page, navigation, Open Graph images) and served
 * as the favicon of the admin and the website (`/legwork-mark.svg`).
 */
export const MARK = {
  viewBox: '0 0 64 64',
  green: '#0b6e4f',
  mint: '#8fe0bd',
  corner: 14,
  bend: 'M40 14a22 22 0 0 1 12 16',
  letter: 'M21 13v33h25',
} as const

export const MARK_PATH = '/legwork-mark.svg'

/** The same drawing as an SVG file. */
export function markSvg(): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK.viewBox}">`,
    '<title>Legwork</title>',
    `<rect width="64" height="64" rx="${MARK.corner}" fill="${MARK.green}"/>`,
    `<path d="${MARK.bend}" fill="none" stroke="${MARK.mint}" stroke-width="5" stroke-linecap="round"/>`,
    `<path d="${MARK.letter}" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>`,
    '</svg>',
  ].join('')
}
