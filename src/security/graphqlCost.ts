import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

type AnyField = GraphQLField<unknown, unknown>

/**
 * What a GraphQL query costs the server, estimated from the document before it runs. Payload's own
 * rule counts each field once: 300 aliases of `Articles(limit: 1000) { docs { id } }` cost 900 by
 * it and read 300,000 documents, and `__typename` cost nothing. Here every selected field counts,
 * aliases included, as many times as it will be resolved: a field inside a list counts once per
 * expected item, a page of documents holds `limit` items, and fetching a document (a page's item or a
 * relationship) costs more than reading one of its fields.
 */
export const GRAPHQL_COST = {
  /** The most a query may cost; measured against server time in docs/security.md. */
  max: 20_000,
  field: 1,
  /**
   * Reading one document: a page's item, a relationship or an upload. Measured at 10,000 articles,
   * one article costs the server about as much as a hundred of its fields (docs/security.md).
   */
  document: 100,
  /** Items assumed in a list whose size the query does not give (arrays, has-many relationships). */
  listItems: 5,
  /** Payload's default page size, when a query gives no `limit`. */
  defaultLimit: 10,
  /** `limit: 0` (or less) asks for the whole collection. */
  unlimited: 100_000,
} as const

type Variables = Record<string, unknown> | null | undefined

function argumentValue(field: FieldNode, name: string, variables: Variables): unknown {
  const argument = field.arguments?.find((candidate) => candidate.name.value === name)
  if (!argument) return undefined
  return literalValue(argument.value, variables)
}

function literalValue(value: ValueNode, variables: Variables): unknown {
  if (value.kind === Kind.VARIABLE) return variables?.[value.name.value]
  if (value.kind === Kind.INT || value.kind === Kind.FLOAT) return Number(value.value)
  return undefined
}

/** How many documents a paginated field will return, from its `limit` argument. */
function pageSize(field: FieldNode, variables: Variables): number {
  const hasLimit = field.arguments?.some((argument) => argument.name.value === 'limit')
  if (!hasLimit) return GRAPHQL_COST.defaultLimit
  const limit = argumentValue(field, 'limit', variables)
  // A variable nobody set, or a value the schema will refuse anyway: assume the worst.
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return GRAPHQL_COST.unlimited
  return limit <= 0 ? GRAPHQL_COST.unlimited : Math.ceil(limit)
}

/** Payload marks relationship and upload fields with a `complexity` extension: they read a document. */
function readsDocument(definition: AnyField): boolean {
  const complexity = (definition.extensions as { complexity?: unknown } | undefined)?.complexity
  return typeof complexity === 'number' && complexity > GRAPHQL_COST.field
}

function isPaginated(definition: AnyField): boolean {
  return definition.args.some((argument) => argument.name === 'limit')
}

export class FragmentCycleError extends Error {
  constructor(readonly fragmentName: string) {
    super(`Fragment "${fragmentName}" includes itself: fragments may not form a cycle.`)
  }
}

class CostEstimate {
  /** Cost of one resolution of a fragment, by fragment name and page size in effect. */
  private readonly fragmentCosts = new Map<string, number>()
  private readonly fragmentsOnPath = new Set<string>()

  constructor(
    private readonly context: ValidationContext,
    private readonly variables: Variables,
  ) {}

  /**
   * Cost of resolving `selectionSet` once on `type`. `itemsPerList` is the size of the lists directly
   * inside (a page's `docs`), when the field that holds them said so with `limit`.
   */
  selectionSet(selectionSet: SelectionSetNode, type: GraphQLCompositeType, itemsPerList?: number): number {
    let cost = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, type, itemsPerList)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? this.context.getSchema().getType(selection.typeCondition.name.value)
          : type
        if (isCompositeType(condition)) cost += this.selectionSet(selection.selectionSet, condition, itemsPerList)
      } else {
        const fragment = this.context.getFragment(selection.name.value)
        if (fragment) cost += this.fragment(fragment, itemsPerList)
      }
    }
    return cost
  }

  private fragment(fragment: FragmentDefinitionNode, itemsPerList?: number): number {
    const name = fragment.name.value
    if (this.fragmentsOnPath.has(name)) throw new FragmentCycleError(name)
    // The same fragment spread many times is priced once: a document cannot make this walk explode.
    const key = `${name}|${itemsPerList ?? ''}`
    const known = this.fragmentCosts.get(key)
    if (known !== undefined) return known
    const type = this.context.getSchema().getType(fragment.typeCondition.name.value)
    let cost = 0
    if (isCompositeType(type)) {
      this.fragmentsOnPath.add(name)
      try {
        cost = this.selectionSet(fragment.selectionSet, type, itemsPerList)
      } finally {
        this.fragmentsOnPath.delete(name)
      }
    }
    this.fragmentCosts.set(key, cost)
    return cost
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, itemsPerList?: number): number {
    // `__typename` and fields the schema lacks (refused by GraphQL's own rules) cost a field too.
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined
    if (!definition || !node.selectionSet) return GRAPHQL_COST.field
    const childType = getNamedType(definition.type)
    if (!isCompositeType(childType)) return GRAPHQL_COST.field

    const paginated = isPaginated(definition)
    const childItemsPerList = paginated ? pageSize(node, this.variables) : undefined
    const children = this.selectionSet(node.selectionSet, childType, childItemsPerList)
    const perItem = children + (readsDocument(definition) || itemsPerList !== undefined ? GRAPHQL_COST.document : 0)
    const items = isListType(getNullableType(definition.type)) ? (itemsPerList ?? GRAPHQL_COST.listItems) : 1
    return GRAPHQL_COST.field + items * perItem
  }
}

/** The cost of each operation in a document, or the cycle that makes it unpriceable. */
export function graphqlCostRule(variables: Variables, max: number = GRAPHQL_COST.max): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema()
      const root =
        operation.operation === 'mutation'
          ? schema.getMutationType()
          : operation.operation === 'subscription'
            ? schema.getSubscriptionType()
            : schema.getQueryType()
      if (!root) return
      try {
        const cost = new CostEstimate(context, variables).selectionSet(operation.selectionSet, root)
        if (cost > max) {
          context.reportError(
            new GraphQLError(
              `This query would cost ${Math.round(cost)}, more than the ${max} a query may cost: ask for fewer documents (a smaller limit), fewer fields or fewer aliases.`,
              { nodes: [operation] },
            ),
          )
        }
      } catch (error) {
        if (!(error instanceof FragmentCycleError)) throw error
        context.reportError(new GraphQLError(error.message, { nodes: [operation] }))
      }
    },
  })
}
