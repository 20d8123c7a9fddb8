/**
 * Where the comments section goes. The moderated comments arrive with their own issue; until then the
 * slot keeps the anchor (#comments) and tells readers what to expect.
 */
export function CommentsSlot({ isOpen }: { isOpen: boolean }) {
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      <p>{isOpen ? 'Comments on this article open soon.' : 'Comments are closed for this article.'}</p>
    </section>
  )
}
