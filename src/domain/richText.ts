/**
 * Plain text out of Lexical's JSON, for checks, excerpts and reading time. Works on the serialised
 * editor state only, so it needs neither Payload nor Lexical at run time.
 */

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }
export type LexicalState = { root?: LexicalNode } | null | undefined

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem'])

function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(textOf).join('')
}

/** The text of each block (paragraph, heading, quote, list item), empty blocks left out. */
export function blocksOf(state: LexicalState): string[] {
  const blocks: string[] = []
  const visit = (node: LexicalNode) => {
    if (node.type && BLOCK_TYPES.has(node.type) && !(node.children ?? []).some((child) => child.type === 'list')) {
      const text = textOf(node).trim()
      if (text) blocks.push(text)
      return
    }
    for (const child of node.children ?? []) visit(child)
  }
  if (state?.root) visit(state.root)
  return blocks
}

export function plainTextOf(state: LexicalState): string {
  return blocksOf(state).join('\n\n')
}

/** Builds the Lexical JSON for plain paragraphs: used by the seed and by tests. */
export function paragraphsToLexical(paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}
