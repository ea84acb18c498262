import { termReferences } from './content-source';

/**
 * The ※ number readers see for a term: its position in the glossary, from 1.
 * @example termNumber([{ id: 'a' }, { id: 'b' }], 'b') // 2
 */
export function termNumber(entries: ReadonlyArray<{ id: string }>, id: string): number {
  const index = entries.findIndex((entry) => entry.id === id);
  if (index < 0) throw new Error(`No glossary entry "${id}".`);
  return index + 1;
}

/**
 * Ids of the blocks that reference a term, in reading order, each once.
 * @param sections Section sources in reading order.
 * @param term Glossary entry id.
 */
export function blocksReferencing(sections: ReadonlyArray<{ id: string; body: string }>, term: string): string[] {
  const blocks = sections.flatMap((section) =>
    termReferences(section.body)
      .filter((ref) => ref.term === term)
      .map((ref) => ref.block ?? section.id),
  );
  return [...new Set(blocks)];
}
