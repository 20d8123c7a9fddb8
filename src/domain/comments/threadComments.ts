/**
 * Arranges approved comments into threads: top-level comments oldest first, each with its replies
 * (oldest first) nested up to `maxDepth` levels; deeper replies hang under the last allowed level.
 */
export type FlatComment = { id: string; parentId: string | null; createdAt: string }
export type ThreadNode<T extends FlatComment> = { comment: T; replies: ThreadNode<T>[] }

export function threadComments<T extends FlatComment>(comments: T[], maxDepth: number): ThreadNode<T>[] {
  const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const nodes = new Map(sorted.map((comment) => [comment.id, { comment, replies: [] as ThreadNode<T>[] }]))
  const depthOf = new Map<string, number>()
  const roots: ThreadNode<T>[] = []
  for (const comment of sorted) {
    const node = nodes.get(comment.id)!
    if (!comment.parentId) {
      depthOf.set(comment.id, 0)
      roots.push(node)
      continue
    }
    // A reply whose parent is not shown (not approved) is not shown either.
    if (!nodes.has(comment.parentId)) continue
    let parentId: string = comment.parentId
    // Climb until the reply fits within the depth limit.
    while ((depthOf.get(parentId) ?? 0) + 1 >= maxDepth) {
      const grandparent: string | null = nodes.get(parentId)!.comment.parentId
      if (!grandparent) break
      parentId = grandparent
    }
    if (!depthOf.has(parentId)) continue
    depthOf.set(comment.id, (depthOf.get(parentId) ?? 0) + 1)
    nodes.get(parentId)!.replies.push(node)
  }
  return roots
}

export function countThread<T extends FlatComment>(nodes: ThreadNode<T>[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countThread(node.replies), 0)
}
