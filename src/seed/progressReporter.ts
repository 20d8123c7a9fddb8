import cliProgress from 'cli-progress'

import type { SeedReporter } from './runSeed'

/** A progress bar on a terminal; one line per hundred steps elsewhere (CI logs, `npm run dev`). */
export function progressReporter(): SeedReporter {
  if (!process.stdout.isTTY) {
    let done = 0
    let total = 0
    return {
      start: (count) => {
        total = count
        console.log(`Seeding ${count} demo records…`)
      },
      tick: () => {
        done++
      },
      stop: () => console.log(`Seeded: ${done}/${total} records checked.`),
    }
  }
  const bar = new cliProgress.SingleBar(
    { format: 'Seeding [{bar}] {value}/{total} {label}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  )
  return {
    start: (total) => bar.start(total, 0, { label: '' }),
    tick: (label) => bar.increment(1, { label }),
    stop: () => bar.stop(),
  }
}
