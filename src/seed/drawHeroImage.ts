import sharp from 'sharp'

/**
 * Draws a hero image locally (no downloads): a landscape of hills, a path and a sun whose colours
 * come from the seed string, so each article gets its own picture. No text, so no fonts needed.
 */
function hue(seed: string, salt: number): number {
  let hash = salt
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return hash % 360
}

export async function drawHeroImage(seed: string, width = 1600, height = 900): Promise<Buffer> {
  const sky = hue(seed, 7)
  const land = (sky + 120) % 360
  const sunX = 200 + (hue(seed, 13) % 1200)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1600 900">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${sky},70%,72%)"/>
      <stop offset="1" stop-color="hsl(${(sky + 30) % 360},80%,88%)"/>
    </linearGradient>
  </defs>
  <rect width="1600" height="900" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="220" r="110" fill="hsl(45,95%,70%)" opacity="0.9"/>
  <path d="M0 560 C 300 420, 520 480, 800 540 S 1300 430, 1600 520 L1600 900 L0 900 Z" fill="hsl(${land},35%,48%)"/>
  <path d="M0 660 C 380 580, 700 640, 1000 700 S 1400 620, 1600 660 L1600 900 L0 900 Z" fill="hsl(${land},40%,36%)"/>
  <path d="M720 900 C 760 800, 860 740, 1000 700" stroke="hsl(30,40%,80%)" stroke-width="46" fill="none" stroke-linecap="round"/>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
