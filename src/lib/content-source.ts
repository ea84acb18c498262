/**
 * Reads the structure an MDX section file declares in its source text: the ids of its blocks and the
 * glossary terms it references. Works on text, so errors can name the line an author must fix.
 */

/** An element id declared in the source, e.g. `<p id="overview-1">`. */
export interface DeclaredId {
  id: string;
  line: number;
}

/** A `<Term id="…" />` reference, with the block (paragraph, list item…) it stands in. */
export interface TermReference {
  term: string;
  line: number;
  /** Id of the nearest block opened before the reference; undefined when none was. */
  block: string | undefined;
}

const elementWithId = /<([a-z][a-z0-9]*)\b[^>]*?\sid="([^"]*)"/g;
const termTag = /<Term\b([^>]*?)\/?>/g;
const idAttribute = /\bid="([^"]*)"/;

/**
 * 1-based line number of a character offset.
 * @example lineAt('a\nb', 2) // 2
 */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * Ids declared on lowercase (HTML) elements, in source order.
 * @example declaredIds('<p id="a">x</p>') // [{ id: 'a', line: 1 }]
 */
export function declaredIds(source: string): DeclaredId[] {
  return [...source.matchAll(elementWithId)].map((match) => ({
    id: match[2] ?? '',
    line: lineAt(source, match.index),
  }));
}

/**
 * Every `<Term>` reference, in source order, each attributed to the block it appears in.
 * A `<Term>` without an `id` yields a reference whose `term` is the empty string.
 */
export function termReferences(source: string): TermReference[] {
  const blocks = [...source.matchAll(elementWithId)].map((m) => ({ id: m[2] ?? '', at: m.index }));
  return [...source.matchAll(termTag)].map((match) => ({
    term: idAttribute.exec(match[1] ?? '')?.[1] ?? '',
    line: lineAt(source, match.index),
    block: blocks.findLast((block) => block.at < match.index)?.id,
  }));
}
