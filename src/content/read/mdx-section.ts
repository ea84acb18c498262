/**
 * Parses the MDX of one section with Sätteri, the parser Astro's MDX integration compiles it with,
 * and reads what the edition is made of: its blocks (every HTML element with an id, with the text a
 * reader sees) and its glossary references (`<Term id="…" />`), each with its position.
 */
import { mdxToMdast } from 'satteri';
import { elementId, isJsxElement, literalAttribute } from '../../markdown/jsx';

/** A point in a file: 1-based line and column, 0-based offset (in UTF-16 code units). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

/** A block of the text: an HTML element with an id, such as `<p id="overview-1">` or `<li id="points-2">`. */
export interface Block {
  id: string;
  /** The element's name: `p`, `li`, `h3`, `address`… */
  element: string;
  /** The text readers see, without markup; a glossary marker adds nothing, a `<br />` is a line break. */
  text: string;
  position: Span;
}

/** A `<Term id="…" />`: a place where the text marks a glossary term. */
export interface TermReference {
  /** Id of the glossary entry; the empty string when the `<Term>` has no literal `id`. */
  term: string;
  /** Id of the innermost block the reference stands in; undefined when it stands in none. */
  block: string | undefined;
  /** Where, in the text of that block, the marker stands (undefined outside any block). */
  textOffset: number | undefined;
  position: Span;
}

/** What one MDX file declares. */
export interface ParsedMdx {
  /** The raw YAML frontmatter and the line its first line is on; undefined when there is none. */
  frontmatter: { yaml: string; line: number } | undefined;
  blocks: Block[];
  references: TermReference[];
  /** The whole tree, for the checks of its markup. */
  tree: MdxNode;
}

export class MdxSyntaxError extends Error {
  constructor(
    /** What the parser says, without its location. */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${line}:${column}: ${reason}`);
    this.name = 'MdxSyntaxError';
  }
}

/** The parts of an mdast node (MDX flavour) the content model reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: ReadonlyArray<{ type: string; name?: string; value?: unknown; position?: Span }>;
  children?: readonly MdxNode[];
  position?: Span;
}

/**
 * Parses MDX and collects its blocks and glossary references, in source order.
 * @param source The file's text, frontmatter included.
 * @throws {MdxSyntaxError} When the MDX does not parse, with the parser's line, column and words.
 * @example parseMdx('<p id="a">x<Term id="t" /></p>').references[0] // { term: 't', block: 'a', textOffset: 1, position: … }
 */
export function parseMdx(source: string): ParsedMdx {
  let root: MdxNode;
  try {
    // Sätteri's types describe plain mdast; its MDX nodes carry the fields MdxNode names.
    root = mdxToMdast(source) as MdxNode;
  } catch (error) {
    throw syntaxError(error);
  }
  const blocks: Block[] = [];
  const references: TermReference[] = [];
  const visit = (node: MdxNode, block: { id: string; terms: Map<MdxNode, number> } | undefined) => {
    if (isTerm(node) && node.position) {
      const id = literalAttribute(node, 'id');
      references.push({
        term: id ?? '',
        block: block?.id,
        textOffset: block?.terms.get(node),
        position: node.position,
      });
      return;
    }
    const id = elementId(node);
    let inner = block;
    if (id !== undefined && node.name && node.position) {
      const terms = new Map<MdxNode, number>();
      blocks.push({ id, element: node.name, text: textOf(node, terms), position: node.position });
      inner = { id, terms };
    }
    for (const child of node.children ?? []) visit(child, inner);
  };
  visit(root, undefined);
  const yaml = root.children?.find((node) => node.type === 'yaml');
  const frontmatter =
    yaml?.position && typeof yaml.value === 'string'
      ? { yaml: yaml.value, line: yaml.position.start.line + 1 }
      : undefined;
  return { frontmatter, blocks, references, tree: root };
}

/**
 * The text readers see in a node; records in `terms` where each glossary marker stands in it.
 * @param terms Filled with each `<Term>` found and its offset in the text.
 */
function textOf(node: MdxNode, terms: Map<MdxNode, number>): string {
  let text = '';
  const walk = (child: MdxNode) => {
    if (isTerm(child)) terms.set(child, text.length);
    else if (child.type === 'text' || child.type === 'inlineCode')
      text += typeof child.value === 'string' ? child.value : '';
    else if (child.type === 'break' || (isJsxElement(child) && child.name === 'br')) text += '\n';
    else for (const grandchild of child.children ?? []) walk(grandchild);
  };
  for (const child of node.children ?? []) walk(child);
  return text;
}

/** Whether a node is a glossary reference, `<Term … />`. */
function isTerm(node: MdxNode): boolean {
  return isJsxElement(node) && node.name === 'Term';
}

/** The parser's error as an `MdxSyntaxError`; its message starts with `line:column: `. */
function syntaxError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const colon = message.indexOf(': ');
  const [line, column] = message.slice(0, colon).split(':').map(Number);
  if (colon < 0 || !line || !column) return new MdxSyntaxError(message, 1, 1);
  return new MdxSyntaxError(message.slice(colon + 2), line, column);
}
