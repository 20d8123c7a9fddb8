#!/usr/bin/env node
// The most expensive single anonymous requests we know how to build, timed against a running
// production server: `node bench/expensiveRequests.mjs http://127.0.0.1:3000`. Each is sent five
// times, one at a time, after a warm-up; the report gives the status, the median and the slowest time, so the worst
// figure in docs/security.md can be checked again after a change.
const origin = process.argv[2] ?? 'http://127.0.0.1:3000'
const RUNS = 5

const words = (count) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ')
const values = (count) => Array.from({ length: count }, (_, index) => `t${index}`).join(',')
const graphql = (query) => ({ method: 'POST', path: '/api/graphql', body: JSON.stringify({ query }) })
const page = (limit, fields = 'id') => `Articles(limit: ${limit}) { docs { ${fields} } }`
const aliases = (count, text) => Array.from({ length: count }, (_, index) => `a${index}: ${text}`).join(' ')

/** What each request tries, and the request; refused ones show what the limit costs to say no. */
const REQUESTS = [
  ['GraphQL: 300 aliases of Articles(limit: 1000)', graphql(`{ ${aliases(300, page(1000))} }`)],
  [
    'GraphQL: the largest anonymous page (50), all scalar fields',
    graphql(`{ ${page(50, 'id title excerpt slug stage publishedAt updatedAt createdAt')} }`),
  ],
  ['GraphQL: the most documents the cost allows, as 4 aliases of 48 ids', graphql(`{ ${aliases(4, page(48))} }`)],
  [
    'GraphQL: relationships on a page of 16 (author, hero, reasons → cause)',
    graphql(`
      {
        Articles(limit: 16) {
          docs {
            title
            author {
              name
            }
            heroImage {
              alt
            }
            reasons {
              cause {
                title
              }
            }
          }
        }
      }
    `),
  ],
  ['GraphQL: 1,600 __typename aliases', graphql(`{ ${aliases(1600, '__typename')} }`)],
  ['GraphQL: fragment cycle', graphql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')],
  [
    'GraphQL: 2^40 fragment spreads',
    graphql(`
      {
        ...F0
      }
      ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')}
      fragment F40 on Query {
        __typename
      }
    `),
  ],
  ['REST: where in with 100 values (the most allowed)', { path: `/api/articles?where[title][in]=${values(100)}` }],
  [
    'REST: where in with 200,000 values (POST, method override)',
    { method: 'POST', path: '/api/articles', override: true, body: `where[title][in]=${values(200_000)}` },
  ],
  [
    'REST: like with 8 words (the most allowed)',
    { path: `/api/articles?where[title][like]=${encodeURIComponent(words(8))}` },
  ],
  [
    'REST: like with 3,000 words',
    {
      method: 'POST',
      path: '/api/articles',
      override: true,
      body: `where[title][like]=${encodeURIComponent(words(3000))}`,
    },
  ],
  [
    'REST: 5 or-conditions across a relationship (the most allowed)',
    {
      path: `/api/articles?${Array.from({ length: 5 }, (_, i) => `where[or][${i}][reasons.cause.title][like]=w${i}`).join('&')}`,
    },
  ],
  [
    'REST: relationship path of three hops',
    { path: '/api/articles?where[relatedPinned.relatedPinned.relatedPinned.title][equals]=x' },
  ],
  ['REST: depth=100 on a page of 50 (the largest anonymous page)', { path: '/api/articles?limit=50&depth=100' }],
  ['REST: limit=100000', { path: '/api/articles?limit=100000' }],
  ['REST: comments, depth 3, page of 50', { path: '/api/comments?limit=50&depth=3' }],
  [
    'REST: a 24 MB JSON body',
    {
      method: 'POST',
      path: '/api/graphql',
      body: JSON.stringify({ query: `{ ${'a: __typename '.repeat(1_600_000)} }` }),
    },
  ],
]

async function send({ method = 'GET', path, body, override }) {
  const headers = {}
  if (body) headers['content-type'] = override ? 'application/x-www-form-urlencoded' : 'application/json'
  if (override) headers['x-payload-http-method-override'] = 'GET'
  const started = performance.now()
  const response = await fetch(origin + path, { method, headers, body })
  await response.arrayBuffer()
  return { status: response.status, ms: performance.now() - started }
}

// Payload builds its GraphQL schema on the first GraphQL request (about 2 s): not a request's cost.
await send(graphql('{ __typename }'))
await send({ path: '/api/articles?limit=1' })

const rows = []
for (const [label, request] of REQUESTS) {
  const times = []
  let status = 0
  for (let run = 0; run < RUNS; run++) {
    const result = await send(request)
    status = result.status
    times.push(result.ms)
  }
  times.sort((a, b) => a - b)
  rows.push({ label, status, median: times[Math.floor(RUNS / 2)], max: times[RUNS - 1] })
}

console.log(`| request | status | median ms | slowest ms |\n| --- | ---: | ---: | ---: |`)
for (const row of rows)
  console.log(`| ${row.label} | ${row.status} | ${row.median.toFixed(0)} | ${row.max.toFixed(0)} |`)
const worst = rows.reduce((a, b) => (b.max > a.max ? b : a))
console.log(`\nWorst: ${worst.label}, ${worst.max.toFixed(0)} ms (status ${worst.status}).`)
