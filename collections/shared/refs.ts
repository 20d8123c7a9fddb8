type Ref = number | string | { id: number | string } | null | undefined

/** The id of a relationship value, whether it arrived populated or as a bare id. */
export const idOf = (ref: Ref): number | string | null | undefined => (ref && typeof ref === 'object' ? ref.id : ref)
