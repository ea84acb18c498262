/**
 * Resolves glossary references for rendering: the ※ number, link and card of a `<Term id>`, and the
 * blocks of the text that reference a term.
 */
import { numberEntries } from './content-model';
import { cardId } from './ids';
import { parseMdx } from './mdx-section';

/** What a `<Term id>` reference renders: its marker, its link, its card. */
export interface ResolvedTerm {
  /** The ※ number readers see: the entry's position in the glossary, from 1. */
  n: number;
  term: string;
  definition: string;
  /** Link to the entry in the page's glossary. */
  href: string;
  /** Id of the card that shows the definition on the page. */
  card: string;
}

/**
 * Resolves a glossary reference against the glossary of its language.
 * @param entries The glossary's entries, in the release's order.
 * @param id Id of the entry referenced.
 * @throws When no entry has the id (the content loader reports that earlier, with file and line).
 * @example resolveTerm([{ id: 'a', term: 'A', definition: 'd' }], 'a') // { n: 1, term: 'A', definition: 'd', href: '#a', card: 'card-a' }
 */
export function resolveTerm(entries: ReadonlyArray<{ id: string; term: string; definition: string }>, id: string): ResolvedTerm {
  const entry = numberEntries(entries).find((e) => e.id === id);
  if (!entry) throw new Error(`No glossary entry "${id}".`);
  return { n: entry.number, term: entry.term, definition: entry.definition, href: `#${id}`, card: cardId(id) };
}

/**
 * The ※ number readers see for a term: its position in the glossary, from 1.
 * @example termNumber([{ id: 'a' }, { id: 'b' }], 'b') // 2
 */
export function termNumber(entries: ReadonlyArray<{ id: string }>, id: string): number {
  const entry = numberEntries(entries).find((e) => e.id === id);
  if (!entry) throw new Error(`No glossary entry "${id}".`);
  return entry.number;
}

/**
 * Ids of the blocks that reference a term, in reading order, each once.
 * @param sections Section sources (MDX) in reading order.
 * @param term Glossary entry id.
 */
export function blocksReferencing(sections: ReadonlyArray<{ id: string; body: string }>, term: string): string[] {
  const blocks = sections.flatMap((section) =>
    parseMdx(section.body)
      .references.filter((ref) => ref.term === term)
      .map((ref) => ref.block ?? section.id),
  );
  return [...new Set(blocks)];
}
