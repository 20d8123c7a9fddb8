import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ms = (value) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : '—')
const rps = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—')
const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—')
const pct = (value) => (Number.isFinite(value) ? `${Math.round(value * 100)} %` : '—')
const verdict = (ok) => (ok ? '✅ met' : '❌ missed')

function versionOf(root, name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version
  } catch {
    return '?'
  }
}

function toolVersion(command, args) {
  // nginx prints its version on stderr, wrk exits 1 after printing it: read both streams, ignore the code.
  const result = spawnSync(command, args, { encoding: 'utf8' })
  const line = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n')[0] ?? ''
  return line.replace(/Copyright.*$/, '').trim() || '?'
}

function machine(root) {
  const cpu = os.cpus()
  return [
    `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`,
    `Node.js ${process.version}, Next.js ${versionOf(root, 'next')}, Payload ${versionOf(root, 'payload')}`,
    `${toolVersion('/usr/sbin/nginx', ['-v'])}, ${toolVersion('wrk', ['-v'])}`,
  ]
}

function column(result, pick) {
  return result ? pick(result) : '—'
}

/** The figure table: one column per database. */
function figures(results) {
  const [sqlite, postgres] = [results.sqlite, results.postgres]
  const row = (label, pick) => `| ${label} | ${column(sqlite, pick)} | ${column(postgres, pick)} |`
  const a = (r) => r.large.cached
  return [
    '| Figure | SQLite | PostgreSQL |',
    '|---|---:|---:|',
    row(
      'Archive measured',
      (r) => `${rps(r.large.archive.articles)} articles, ${rps(r.large.archive.comments)} comments`,
    ),
    row('Filling it (`npm run bench:data`)', (r) => `${Math.round(r.fillLargeSeconds)} s`),
    row(
      '**a** static file from nginx (ceiling): req/s · p50 · p99',
      (r) => `${rps(a(r).staticFile.rps)} · ${ms(a(r).staticFile.p50)} · ${ms(a(r).staticFile.p99)}`,
    ),
    row(
      '**a** trivial prerendered Next page (/privacy): req/s · p50 · p99',
      (r) => `${rps(a(r).trivialNext.rps)} · ${ms(a(r).trivialNext.p50)} · ${ms(a(r).trivialNext.p99)}`,
    ),
    row(
      '**a** cached article page: req/s · p50 · p99',
      (r) => `${rps(a(r).article.rps)} · ${ms(a(r).article.p50)} · ${ms(a(r).article.p99)}`,
    ),
    row('**a** article ÷ trivial Next page', (r) => pct(a(r).article.rps / a(r).trivialNext.rps)),
    row('**a** article ÷ static ceiling', (r) => pct(a(r).article.rps / a(r).staticFile.rps)),
    row(
      '**a2** article through the nginx cache tier: req/s · p50 · p99',
      (r) => `${rps(r.large.tier.rps)} · ${ms(r.large.tier.p50)} · ${ms(r.large.tier.p99)}`,
    ),
    row('**a2** cache tier ÷ static ceiling', (r) => pct(r.large.tier.rps / a(r).staticFile.rps)),
    row(
      '**b** uncached article render: p50 · p99',
      (r) => `${ms(r.large.uncached.p50)} · ${ms(r.large.uncached.p99)} (${r.large.uncached.samples} articles)`,
    ),
    row(
      '**b** busiest article (most comments): p50',
      (r) =>
        `${ms(r.large.uncached.busiest.p50)} (${rps(r.large.uncached.busiest.approvedComments)} approved comments)`,
    ),
    row(
      '**c** publish → visible at the site (cache tier configured): p50 · p95',
      (r) => `${ms(r.large.publish.p50)} · ${ms(r.large.publish.p95)} (${r.large.publish.runs} runs)`,
    ),
    row("**c** the editor's save alone (PATCH answered): p50", (r) => ms(r.large.publish.saveP50)),
    row(
      '**c** through the cache tier: p50 · p95',
      (r) => `${ms(r.large.publishThroughTier.p50)} · ${ms(r.large.publishThroughTier.p95)}`,
    ),
    row(
      '**d** comment POST at 32 concurrent: p50 · p99',
      (r) => `${ms(r.large.comments.p50)} · ${ms(r.large.comments.p99)}`,
    ),
    row('**d** one at a time: p50', (r) => ms(r.large.comments.singleP50)),
    row('**d** throughput', (r) => `${rps(r.large.comments.throughput)} comments/s`),
    row(
      '**d** answered 201 / stored exactly once',
      (r) =>
        `${r.large.comments.answered201} / ${r.large.comments.storedExactlyOnce ? 'yes' : `NO (${r.large.comments.stored} stored)`}`,
    ),
    row(
      '**e** moderation queue, first page of pending: p50 · p99',
      (r) =>
        `${ms(r.large.moderation.p50)} · ${ms(r.large.moderation.p99)} (${rps(r.large.moderation.pending)} pending)`,
    ),
    row(
      '**f** busiest article, in Chromium: HTML · CSS · JavaScript downloaded (gzip)',
      (r) => `${kb(r.large.weight.htmlBytes)} · ${kb(r.large.weight.cssBytes)} · ${kb(r.large.weight.jsBytes)}`,
    ),
    row(
      '**f** requests (document, CSS, JS, images, fonts)',
      (r) =>
        `${r.large.weight.requests} (${r.large.weight.counts.document}, ${r.large.weight.counts.stylesheet}, ${r.large.weight.counts.script}, ${r.large.weight.counts.image}, ${r.large.weight.counts.font})`,
    ),
    row(
      '**f** script tags in the HTML · blocked by the CSP',
      (r) => `${r.large.weight.scriptTagsInHtml} · ${r.large.weight.cspBlockedScripts}`,
    ),
    row('**f** typical article: HTML + CSS as sent', (r) =>
      kb(r.large.typicalWeight.htmlBytes + r.large.typicalWeight.cssBytes),
    ),
    row(
      '**g** cached article req/s at 100 → 10,000 articles',
      (r) => `${rps(r.small.cached.article.rps)} → ${rps(a(r).article.rps)}`,
    ),
    row(
      '**g** uncached render p50 at 100 → 10,000 articles',
      (r) => `${ms(r.small.uncached.p50)} → ${ms(r.large.uncached.p50)}`,
    ),
    row('**h** server memory (RSS) after the load', (r) => `${r.large.serverRssMb} MB`),
  ].join('\n')
}

function targets(results) {
  const lines = ['| Target | SQLite | PostgreSQL |', '|---|---|---|']
  const row = (label, check) =>
    lines.push(
      `| ${label} | ${results.sqlite ? verdict(check(results.sqlite)) : '—'} | ${results.postgres ? verdict(check(results.postgres)) : '—'} |`,
    )
  const within = (value, reference, share) => value >= reference * share
  row('a: cached article = trivial Next page (within 10 %)', (r) =>
    within(r.large.cached.article.rps, r.large.cached.trivialNext.rps, 0.9),
  )
  row(
    'a2: ≥ 50 % of the static ceiling, p99 < 20 ms',
    (r) => within(r.large.tier.rps, r.large.cached.staticFile.rps, 0.5) && r.large.tier.p99 < 20,
  )
  row('a2: publish → visible through the tier < 1 s (p50)', (r) => r.large.publishThroughTier.p50 < 1000)
  row('b: uncached render p50 < 30 ms', (r) => r.large.uncached.p50 < 30)
  row('c: publish → visible p50 < 1 s', (r) => r.large.publish.p50 < 1000)
  row(
    'd: comment POST p50 < 20 ms, nothing lost',
    (r) => r.large.comments.p50 < 20 && r.large.comments.storedExactlyOnce,
  )
  row('e: moderation queue p50 < 50 ms', (r) => r.large.moderation.p50 < 50)
  row(
    'f: HTML + CSS < 60 KB as sent (no JavaScript needed: the e2e suite reads and comments without it)',
    (r) => r.large.weight.htmlBytes + r.large.weight.cssBytes < 60 * 1024,
  )
  // The trivial page does not depend on the archive, so its drift between the two phases is the
  // machine's noise: the cached article is judged relative to it.
  row('g: cached article ÷ trivial page at 10,000 articles ≥ 80 % of the same at 100', (r) =>
    within(
      r.large.cached.article.rps / r.large.cached.trivialNext.rps,
      r.small.cached.article.rps / r.small.cached.trivialNext.rps,
      0.8,
    ),
  )
  row(
    'g: uncached p50 within 20 % (or 5 ms) from 100 to 10,000',
    (r) => r.large.uncached.p50 <= Math.max(r.small.uncached.p50 * 1.2, r.small.uncached.p50 + 5),
  )
  return lines.join('\n')
}

/** `npm run bench:pg-restart`'s last result, when there is one. */
function restartSection(result) {
  const counts = (statuses) =>
    Object.entries(statuses)
      .map(([status, count]) => `${count} × ${status === '0' ? 'no answer' : status}`)
      .join(', ') || 'none'
  return `
## PostgreSQL restarted under load (\`npm run bench:pg-restart\`, ${result.date.slice(0, 16).replace('T', ' ')} UTC)

PostgreSQL stopped for ${result.downSeconds} s and started again while two readers and four
commenters kept going against one \`next start\`.

| | |
|---|---|
| Requests needing the database while it was down | ${counts(result.requestsWhileDown)}; median ${result.p50WhileDownMs} ms, slowest ${result.slowestWhileDownMs} ms |
| Cached article pages while it was down | ${counts(result.cachedPagesWhileDown)} |
| First success after it came back | ${result.recoveredAfterMs === null ? 'never' : `${result.recoveredAfterMs} ms`}, same server process (${result.serverProcessAlive ? 'still running' : 'DIED'}) |
| Answers after recovery | ${counts(result.statusesAfterRecovery)} |
| Comments answered 201 / found in the database | ${result.comments201} / ${result.comments201Stored} |
`
}

export function writeReport(root) {
  const results = {}
  for (const kind of ['sqlite', 'postgres']) {
    const file = path.join(root, `bench/results/${kind}.json`)
    if (fs.existsSync(file)) results[kind] = JSON.parse(fs.readFileSync(file, 'utf8'))
  }
  const dates = Object.values(results).map(
    (result) => `${result.database}: ${result.date.slice(0, 16).replace('T', ' ')} UTC`,
  )
  const findings = fs.readFileSync(path.join(root, 'bench/findings.md'), 'utf8')
  const restartFile = path.join(root, 'bench/results/pg-restart.json')
  const restart = fs.existsSync(restartFile) ? restartSection(JSON.parse(fs.readFileSync(restartFile, 'utf8'))) : ''
  const doc = `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs) — do not edit by hand; the analysis at the end comes from
bench/findings.md. Every throughput figure is the median of three 10-second wrk runs (2 threads,
32 connections, gzip accepted) after a warm-up; latencies are those of the median run. Sampled
figures (b, c, e) are percentiles over the samples named.

**Machine**: ${machine(root).join('; ')}.
**Runs**: ${dates.join('; ')}. The load generator runs on the same two cores as the server, so every
figure is a floor, and the same for every column.

## Figures

${figures(results)}

## Targets

${targets(results)}
${restart}
${findings}`
  fs.writeFileSync(path.join(root, 'docs/benchmarks.md'), doc)
}
