/**
 * Deterministic filler for benchmark data: the same seed gives the same archive, so two runs (or
 * two databases) are measured on identical content.
 */
export type Random = () => number

/** mulberry32: tiny, fast and good enough to spread data; not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

export function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items]
  const chosen: T[] = []
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!)
  return chosen
}

const SYMPTOMS = [
  'legs feel heavy',
  'calves cramp',
  'heart rate climbs',
  'knees ache',
  'side stitches come back',
  'pace drops',
  'breathing feels hard',
  'feet go numb',
  'hips feel tight',
  'shins hurt',
  'lower back aches',
  'stomach turns',
  'energy fades',
]
const SITUATIONS = [
  'on easy runs',
  'after long runs',
  'in the heat',
  'on hills',
  'in the morning',
  'during intervals',
  'late in a race',
  'on the treadmill',
  'after a rest week',
  'in winter',
]
const ANGLES = ['', ' — and what helps', ': the evidence', ', explained']

export function articleTitle(random: Random, reasonCount: number): string {
  return `${reasonCount} reasons your ${pick(random, SYMPTOMS)} ${pick(random, SITUATIONS)}${pick(random, ANGLES)}`
}

const WORDS = (
  'runner training load recovery sleep iron stride cadence shoe surface glycogen hydration heat ' +
  'muscle tendon fatigue pace effort week plan coach study research evidence body mileage rest ' +
  'strength easy hard interval tempo long warm cool stretch protein carbohydrate breathing heart'
).split(' ')

export function sentence(random: Random, words = 10 + Math.floor(random() * 14)): string {
  const parts = Array.from({ length: words }, () => pick(random, WORDS))
  const text = parts.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

export function paragraph(random: Random, sentences = 3 + Math.floor(random() * 3)): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ')
}

const CAUSE_SUBJECTS = [
  'Low ferritin',
  'Worn-out shoes',
  'Too little sleep',
  'A sudden jump in mileage',
  'Running every run too fast',
  'Skipping the warm-up',
  'Dehydration',
  'Low carbohydrate intake',
  'Overstriding',
  'Tight hip flexors',
  'Weak glutes',
  'Heat and humidity',
  'Altitude',
  'A recent illness',
  'Stress at work',
  'Hard surfaces',
]
const CAUSE_QUALIFIERS = ['in new runners', 'in masters runners', 'before races', 'in base training', '']

export function causeTitle(index: number): string {
  const subject = CAUSE_SUBJECTS[index % CAUSE_SUBJECTS.length]!
  const qualifier = CAUSE_QUALIFIERS[Math.floor(index / CAUSE_SUBJECTS.length) % CAUSE_QUALIFIERS.length]
  const round = Math.floor(index / (CAUSE_SUBJECTS.length * CAUSE_QUALIFIERS.length))
  return [subject, qualifier, round > 0 ? `(${round + 1})` : ''].filter(Boolean).join(' ')
}

const FIRST_NAMES = ['Ana', 'Ben', 'Chloé', 'Dev', 'Eun-ji', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Luis']
const LAST_NAMES = ['Novak', 'Silva', 'Okoye', 'Lindqvist', 'Tanaka', 'Moreau', 'Reyes', 'Byrne', 'Kaur', 'Weber']

export function personName(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`
}
