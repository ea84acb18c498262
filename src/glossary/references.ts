/**
 * Resolves glossary references for rendering: the ※ number, link and card of a `<Term id>`, and the
 * blocks of the text that reference a term, from what the content model stored of each section.
 */

/**
 * Id of the hover card that defines a glossary term on a page.
 * @example cardId('gsk3-inhibitor') // 'card-gsk3-inhibitor'
 */
export function cardId(term: string): string {
  return `card-${term}`;
}

/** What a `<Term id>` reference renders: its marker, its link, its card. */
export interface ResolvedTerm {
  /** The marker readers see, ※ and the number the content model gave the entry. */
  marker: string;
  term: string;
  definition: string;
  /** Link to the entry in the page's glossary. */
  href: string;
  /** Id of the card that shows the definition on the page. */
  card: string;
}

/**
 * Resolves a glossary reference against the glossary of its language, numbered by the content model.
 * @param entries The glossary's entries, in the release's order, each with its ※ number.
 * @param id Id of the entry referenced.
 * @throws When no entry has the id (the content loader reports that earlier, with file and line).
 * @example resolveTerm([{ id: 'a', term: 'A', definition: 'd', number: 1, marker: '※1' }], 'a') // { marker: '※1', term: 'A', definition: 'd', href: '#a', card: 'card-a' }
 */
export function resolveTerm(entries: ReadonlyArray<{ id: string; term: string; definition: string; marker: string }>, id: string): ResolvedTerm {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`No glossary entry "${id}".`);
  return { marker: entry.marker, term: entry.term, definition: entry.definition, href: `#${id}`, card: cardId(id) };
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
