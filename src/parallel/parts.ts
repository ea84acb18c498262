/**
 * The parallel view sets both languages side by side, part by part: every heading, paragraph, list
 * item, address and glossary entry is one row. Where a section's MDX is cut into parts is decided
 * once, as it compiles (`partsOf`, applied by `markdown/mdx-parallel.ts`); `sectionParts` adds
 * the parts the section's page adds around its MDX, and `pairParts` lines both languages up. Each
 * cell then renders its one part, with every id prefixed by its language, so no rendered HTML is
 * read back.
 */
import { AstroError } from 'astro/errors';
import { at, formatProblem, where } from '../content/problem';
import { headingId } from '../site/ids';
import { citationParts } from '../components/citation/parts';
import { languages, type Lang } from '../site/languages';
import { elementId } from '../markdown/jsx';

/** The parts of an mdast node (MDX flavour) the cutting reads. */
export interface PartNode {
  type: string;
  name?: string | null | undefined;
  attributes?: ReadonlyArray<{ type: string; name?: string | undefined; value?: unknown }> | undefined;
  children?: readonly PartNode[] | undefined;
  position?: { start: { line: number; offset?: number | undefined } } | undefined;
}

/** Where a node goes when the content is cut: the parts it is shown in, and how its children are cut. */
export interface Cut<N extends PartNode> {
  node: N;
  /** Indexes of the parts it belongs to: one for a part, all of those inside for a container. */
  parts: number[];
  /** For a container cut inside (a list without id around items with ids): its children's cuts. */
  children?: Array<Cut<N>> | undefined;
}

/** The key of the frontmatter, as Astro's `render()` returns it, under which the MDX compile lists a section's parts. */
export const partsKey = 'parallelParts';

/** One part of a section's MDX, as the plugin records it for the page. */
export interface ContentPart {
  /** The id the content gave it; undefined for a part without (a figure, a paragraph without id). */
  id?: string | undefined;
  /** Its line in the file, for messages. */
  line?: number | undefined;
}

/**
 * Cuts a section's top-level nodes into the parts a reader compares: each element with an id; in
 * a container without one (a list), each of its children with an id, the container kept around
 * it, so that an item stays in its list; any other node whole, without an id.
 * @param nodes The top-level nodes that render (not frontmatter or imports).
 * @example partsOf(mdxToMdast('<ul><li id="a">A</li><li id="b">B</li></ul>').children).parts // [{ id: 'a', line: 1 }, { id: 'b', line: 1 }]
 */
export function partsOf<N extends PartNode>(nodes: readonly N[]): { cuts: Array<Cut<N>>; parts: ContentPart[] } {
  const parts: ContentPart[] = [];
  const cut = (node: N): Cut<N> => {
    const id = elementId(node);
    if (id !== undefined || !holdsId(node)) {
      parts.push({ id, line: node.position?.start.line });
      return { node, parts: [parts.length - 1] };
    }
    const children = (node.children ?? []).map((child) => cut(child as N));
    return { node, parts: children.flatMap((child) => child.parts), children };
  };
  return { cuts: nodes.map(cut), parts };
}

/** Whether a node holds an element with an id, itself or below. */
function holdsId(node: PartNode): boolean {
  return elementId(node) !== undefined || (node.children ?? []).some(holdsId);
}

/** A part of a section as its page renders it: the heading, a part of its MDX, or what the section shows after. */
export type SectionPart =
  | { kind: 'heading'; id: string }
  | { kind: 'content'; index: number; id: string | undefined; line: number | undefined }
  | { kind: 'entry'; id: string }
  | { kind: 'citation'; index: number; id: string | undefined }
  | { kind: 'corrections'; id: undefined };

/**
 * The parts the MDX compile listed in a section's frontmatter.
 * @param frontmatter What `render()` returns as `remarkPluginFrontmatter`.
 * @param file The section's file, for the message.
 * @throws {AstroError} When there is no list: the plugin did not compile the file.
 */
export function contentParts(frontmatter: Record<string, unknown>, file: string): ContentPart[] {
  const parts = frontmatter[partsKey];
  if (!Array.isArray(parts))
    throw new AstroError(
      `${file} was compiled without its parts for the parallel view.`,
      'Register contentPlugins() from src/markdown/satteri.ts in astro.config.mjs.',
    );
  return parts as ContentPart[];
}

/** What `sectionParts` reads of a section. */
export interface SectionOutline {
  id: string;
  /** The parts the MDX compile recorded, in order. */
  content: readonly ContentPart[];
  /** Ids of the glossary entries it lists, if any. */
  entries?: readonly string[] | undefined;
  shows?: 'citation' | 'corrections' | undefined;
}

/**
 * Every part of a section as its page renders it, in order: its heading, its MDX's parts, then the
 * glossary's entries, the citation's parts or the list of corrections it shows.
 * @example sectionParts({ id: 's', content: [{ id: 's-1' }] }).map((p) => p.id) // ['s-heading', 's-1']
 */
export function sectionParts({ id, content, entries = [], shows }: SectionOutline): SectionPart[] {
  return [
    { kind: 'heading', id: headingId(id) },
    ...content.map((part, index): SectionPart => ({ kind: 'content', index, id: part.id, line: part.line })),
    ...entries.map((entry): SectionPart => ({ kind: 'entry', id: entry })),
    ...(shows === 'citation'
      ? citationParts.map((part, index): SectionPart => ({ kind: 'citation', index, id: part }))
      : []),
    ...(shows === 'corrections' ? [{ kind: 'corrections', id: undefined } as const] : []),
  ];
}

/** One row of the parallel view: the same part in every language. */
export interface Row {
  id: string | undefined;
  parts: Record<Lang, SectionPart>;
}

/**
 * Pairs the parts of one section in every language, in order.
 * @param files The section's file in each language, relative to the project root, for the message.
 * @param parts The section's parts in each language.
 * @throws {AstroError} When the languages' parts differ, naming the file and line of the first
 *   mismatch. The content loader has checked that the ids agree; this catches a part without id
 *   (a figure, a paragraph without id) that one language has and the other lacks.
 */
export function pairParts(files: Record<Lang, string>, parts: Record<Lang, readonly SectionPart[]>): Row[] {
  const [original, ...translations] = languages;
  const reference = parts[original];
  for (const lang of translations) {
    const other = parts[lang];
    const i = Array.from({ length: Math.max(reference.length, other.length) }, (_, n) => n).find(
      (n) => !reference[n] !== !other[n] || reference[n]?.id !== other[n]?.id,
    );
    if (i === undefined) continue;
    const name = (part: SectionPart | undefined) =>
      part ? (part.id === undefined ? 'a block without id' : `"${part.id}"`) : 'nothing';
    const place = (file: string, part: SectionPart | undefined) =>
      at(file, part?.kind === 'content' ? part.line : undefined);
    throw new AstroError(
      formatProblem({
        ...place(files[lang], other[i]),
        message: `block ${i + 1} of the section is ${name(other[i])} here but ${name(reference[i])} in ${where(place(files[original], reference[i]))}.`,
      }),
      'Give both languages the same blocks, with the same ids, in the same order: the parallel view pairs them one by one.',
    );
  }
  return reference.map((part, index) => ({
    id: part.id,
    parts: Object.fromEntries(languages.map((lang) => [lang, parts[lang][index]])) as Record<Lang, SectionPart>,
  }));
}
