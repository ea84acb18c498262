/**
 * Reads the structure an MDX section file declares in its source text: the ids of its blocks, the
 * glossary entries of its frontmatter and the glossary terms it references. Works on text, so errors
 * can name the line an author must fix.
 */

/** An id declared in the source, e.g. `<p id="overview-1">` or a glossary entry's `id: alk-inhibitor`. */
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
const idAttribute = /\bid=(?:"([^"]*)"|'([^']*)')/;
const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
/** An `id:` key in YAML, as `- id: x` or `id: "x"`; in a section's frontmatter only glossary entries have one. */
const idKey = /^[ \t]*(?:-[ \t]+)?id:[ \t]*(["']?)([^"'\s#]*)\1[ \t]*(?:#.*)?$/gm;

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
 * Ids of the glossary entries in the frontmatter, in source order, duplicates included: the n-th
 * result is the n-th entry.
 * @example declaredEntries('---\nentries:\n  - id: a\n---\n') // [{ id: 'a', line: 3 }]
 */
export function declaredEntries(source: string): DeclaredId[] {
  const found = frontmatter.exec(source);
  const yaml = found?.[1] ?? '';
  const start = found ? found[0].indexOf(yaml) : 0;
  return [...yaml.matchAll(idKey)].map((match) => ({
    id: match[2] ?? '',
    line: lineAt(source, start + match.index),
  }));
}

/**
 * Every `<Term>` reference, in source order, each attributed to the block it appears in.
 * A `<Term>` without an `id` yields a reference whose `term` is the empty string.
 * @example termReferences('<p id="a">x<Term id="t" /></p>') // [{ term: 't', line: 1, block: 'a' }]
 */
export function termReferences(source: string): TermReference[] {
  const blocks = [...source.matchAll(elementWithId)].map((m) => ({ id: m[2] ?? '', at: m.index }));
  return [...source.matchAll(termTag)].map((match) => {
    const id = idAttribute.exec(match[1] ?? '');
    return {
      term: id?.[1] ?? id?.[2] ?? '',
      line: lineAt(source, match.index),
      block: blocks.findLast((block) => block.at < match.index)?.id,
    };
  });
}
