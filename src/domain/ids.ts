export type Id = number | string

/** The id of a relationship value, whether it arrived populated (`{ id, … }`) or as a bare id. */
export function idOf(ref: unknown): Id | null | undefined {
  if (ref && typeof ref === 'object' && 'id' in ref) return (ref as { id: Id }).id
  return ref as Id | null | undefined
}
