/**
 * The ids a `<Term id>` reference renders with: its hover card's, and the blocks of the text that
 * reference a term, from what the content model stored of each section.
 */

/**
 * Id of the hover card that defines a glossary term on a page.
 * @example cardId('gsk3-inhibitor') // 'card-gsk3-inhibitor'
 */
export function cardId(term: string): string {
  return `card-${term}`;
}

/**
 * Ids of the blocks that reference a term, in reading order, each once.
 * @param references The glossary references of a language's sections, in reading order.
 * @param term Glossary entry id.
 * @example blocksReferencing([{ term: 't', block: 'a' }, { term: 't', block: 'a' }, { term: 'u', block: 'b' }], 't') // ['a']
 */
export function blocksReferencing(references: ReadonlyArray<{ term: string; block: string }>, term: string): string[] {
  return [...new Set(references.filter((ref) => ref.term === term).map((ref) => ref.block))];
}
