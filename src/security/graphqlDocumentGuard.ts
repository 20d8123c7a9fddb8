import { Kind, parse, visit, type DocumentNode, type SelectionSetNode } from 'graphql'

/**
 * Checks a GraphQL document's shape before any rule walks it with the schema. Payload's cost rule
 * follows fragment spreads recursively: it overflows the stack on a cycle (`fragment A { ...B }
 * fragment B { ...A }` answered 500), and it walks a fragment again at every spread, so forty
 * fragments that each spread the next twice (a 2 KB document) keep it busy for 2^40 steps. Any
 * recursive rule also overflows on a document nested a few thousand levels deep. These checks walk
 * iteratively and price each fragment once, so they cannot overflow or explode themselves.
 */
export const GRAPHQL_DOCUMENT_LIMITS = {
  /** Tokens in one document: the website's largest query has about 120. */
  maxTokens: 5_000,
  /** Nested selection sets; the depth rule refuses more than 10 with a better message. */
  maxNesting: 32,
  /** Fields an operation has once every fragment spread is replaced by the fragment. */
  maxExpandedFields: 10_000,
} as const

export class GraphQLDocumentRefused extends Error {}

function nestingDepth(document: DocumentNode): number {
  let depth = 0
  let deepest = 0
  visit(document, {
    SelectionSet: {
      enter() {
        depth += 1
        deepest = Math.max(deepest, depth)
      },
      leave() {
        depth -= 1
      },
    },
  })
  return deepest
}

/** A definition's own fields, and how often it spreads each fragment. */
type Shape = { fields: number; spreads: Map<string, number> }

function shapeOf(selectionSet: SelectionSetNode): Shape {
  const shape: Shape = { fields: 0, spreads: new Map() }
  visit(selectionSet, {
    Field() {
      shape.fields += 1
    },
    FragmentSpread(node) {
      shape.spreads.set(node.name.value, (shape.spreads.get(node.name.value) ?? 0) + 1)
    },
  })
  return shape
}

type Expansion = { cycleAt: string } | { sizes: Map<string, number> }

/**
 * Every fragment's size with its spreads expanded, by a depth-first walk with an explicit stack
 * (grey: on the path, so reaching it again is a cycle; black: sized). Sizes stop growing at a
 * ceiling far above any limit, so that they stay exact integers.
 */
function expandFragments(fragments: Map<string, Shape>): Expansion {
  const ceiling = Number.MAX_SAFE_INTEGER / 1024
  const sizes = new Map<string, number>()
  const grey = new Set<string>()
  for (const start of fragments.keys()) {
    if (sizes.has(start)) continue
    const stack: Array<{ name: string; next: Iterator<string> }> = [
      { name: start, next: fragments.get(start)!.spreads.keys() },
    ]
    grey.add(start)
    while (stack.length) {
      const top = stack[stack.length - 1]!
      const step = top.next.next()
      if (!step.done) {
        const child = step.value
        if (grey.has(child)) return { cycleAt: child }
        if (!sizes.has(child) && fragments.has(child)) {
          grey.add(child)
          stack.push({ name: child, next: fragments.get(child)!.spreads.keys() })
        }
        continue
      }
      const shape = fragments.get(top.name)!
      let size = shape.fields
      for (const [child, times] of shape.spreads) size = Math.min(ceiling, size + times * (sizes.get(child) ?? 0))
      sizes.set(top.name, size)
      grey.delete(top.name)
      stack.pop()
    }
  }
  return { sizes }
}

function expandedSize(shape: Shape, sizes: Map<string, number>): number {
  let size = shape.fields
  for (const [name, times] of shape.spreads) size += times * (sizes.get(name) ?? 0)
  return size
}

/** Throws GraphQLDocumentRefused with the reason when the document may not be run. */
export function checkGraphQLDocument(query: unknown): void {
  if (typeof query !== 'string') return // graphql-http answers a missing or non-string query itself.
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: GRAPHQL_DOCUMENT_LIMITS.maxTokens, noLocation: true })
  } catch (error) {
    // graphql's own wording ("more that 5000 tokens"); matched loosely so a corrected typo still counts.
    if (error instanceof Error && /more tha[nt] \d+ tokens/i.test(error.message)) {
      throw new GraphQLDocumentRefused(
        `The query has more than ${GRAPHQL_DOCUMENT_LIMITS.maxTokens} tokens, the most a query may have.`,
      )
    }
    if (error instanceof RangeError) throw new GraphQLDocumentRefused('The query is nested too deeply to read.')
    return // A syntax error: graphql-http answers it with its location.
  }
  if (nestingDepth(document) > GRAPHQL_DOCUMENT_LIMITS.maxNesting) {
    throw new GraphQLDocumentRefused(
      `The query nests more than ${GRAPHQL_DOCUMENT_LIMITS.maxNesting} selection sets, the most a query may have.`,
    )
  }
  const fragments = new Map<string, Shape>()
  const operations: Shape[] = []
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, shapeOf(definition.selectionSet))
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(shapeOf(definition.selectionSet))
  }
  const expansion = expandFragments(fragments)
  if ('cycleAt' in expansion) {
    throw new GraphQLDocumentRefused(`Fragment "${expansion.cycleAt}" includes itself: fragments may not form a cycle.`)
  }
  if (
    operations.some((operation) => expandedSize(operation, expansion.sizes) > GRAPHQL_DOCUMENT_LIMITS.maxExpandedFields)
  ) {
    throw new GraphQLDocumentRefused(
      `The query has more than ${GRAPHQL_DOCUMENT_LIMITS.maxExpandedFields} fields once its fragments are filled in, the most a query may have.`,
    )
  }
}
