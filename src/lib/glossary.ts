/**
 * Ids of the blocks that reference a term, in reading order, each once.
 * @param references The glossary references of a language's sections, in reading order.
 * @param term Glossary entry id.
 * @example blocksReferencing([{ term: 't', block: 'a' }, { term: 't', block: 'a' }, { term: 'u', block: 'b' }], 't') // ['a']
 */
export function blocksReferencing(references: ReadonlyArray<{ term: string; block: string }>, term: string): string[] {
  return [...new Set(references.filter((ref) => ref.term === term).map((ref) => ref.block))];
}
