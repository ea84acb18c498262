/**
 * Makes each section render both as the article shows it and as the parallel view pairs it, in one
 * pass while the MDX compiles, so that no page reads rendered HTML back:
 * - it cuts the content into parts (`partsOf`), wraps each in `<ParallelPart parts={[n]}>` and
 *   records them as `parallelParts` in the frontmatter Astro's `render()` returns, so that
 *   `<Content part={n} />` renders part n alone;
 * - every id the content writes, and every reference to one, reads `props.prefix`:
 *   `<p id="overview-1">` renders `id="ja-overview-1"` under `<Content prefix="ja-" />`, and
 *   `<Term>` and `<AtAGlance />` are given the prefix for the ids they render;
 * - each sentence of a block with an id is wrapped in `<ParallelSentence group>`, the number of
 *   its group in the block's alignment (`<Content groups />`), which the parallel view marks;
 * - each paragraph, list item and address with an id gets its link to the same block in the
 *   parallel view, `<ParallelLink id lang />`.
 * Without `part` and `prefix` the content renders as it is written.
 *
 * A Sätteri mdast plugin, registered by `satteri.ts`.
 */
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root as MdastRoot } from 'mdast';
import {
  defineMdastPlugin,
  type MdastPluginEntry,
  type MdxJsxAttributeNode,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';
import { idReferenceAttributes } from '../site/id-references.ts';
import { isLang } from '../site/languages.ts';
import { withSentences } from '../parallel/alignment/mdast-sentences.ts';
import { partsKey, partsOf, type Cut, type PartNode } from '../parallel/parts.ts';
import { elementId, isHtmlElement } from './jsx.ts';

/** The element that shows its children only in the part selected, which the page maps to `ParallelPart.astro`. */
const partElement = 'ParallelPart';

/** The element added to each block for its link to the parallel view, which the page maps to a component. */
const parallelLinkElement = 'ParallelLink';

/** The element around each sentence of a block, which the parallel view maps to `ParallelSentence.astro`, marking its group. */
const sentenceElement = 'ParallelSentence';

/** The blocks that link to the parallel view: headings get no link, as its name would join theirs. */
const linked = new Set(['p', 'li', 'address']);

/** The components that render ids of their own, and take the prefix for them. */
const prefixed = new Set(['Term', 'AtAGlance']);

/** Nodes at the top of a file that render nothing, and stay where MDX expects them. */
const unrendered = new Set(['yaml', 'toml', 'mdxjsEsm']);

/** An attribute whose value is a JavaScript expression. */
const expression = (name: string, value: string): MdxJsxAttributeNode => ({
  type: 'mdxJsxAttribute',
  name,
  value: { type: 'mdxJsxAttributeValueExpression', value },
});

/** The expression of a string with the prefix put before it, as the content renders it. */
const withPrefix = (before: string, after: string) =>
  `${before ? `${JSON.stringify(before)} + ` : ''}(props.prefix ?? "") + ${JSON.stringify(after)}`;

/**
 * Creates the plugin. The language is the name of the folder the file is in (`ja/`, `en/`), as for
 * `<Term>`; a file outside a language's folder belongs to no edition and is left alone.
 *
 * @returns A Sätteri mdast plugin entry, for `mdastPlugins`.
 * @example
 * mdxToJs('<p id="a">A</p>', { mdastPlugins: [mdxParallel()], fileURL: pathToFileURL(`${root}/content/ja/a.mdx`), jsx: true }).code
 * // …<ParallelPart parts={[0]} part={props.part}><p id={(props.prefix ?? "") + "a"}>{"A"}<ParallelLink id="a" lang="ja" /></p></ParallelPart>…
 */
export function mdxParallel(): MdastPluginEntry {
  return ({ fileURL }) => {
    const folder = fileURL && basename(dirname(fileURLToPath(fileURL)));
    if (!folder || !isLang(folder)) return undefined;
    const lang = folder;
    /** The ids of the blocks that get a link, found before the tree changes (its copies lose their offsets). */
    const links = new Set<string>();

    return defineMdastPlugin({
      name: 'mdx-parallel',
      options: { position: true },
      before(root, ctx) {
        // Sätteri's nodes are mdast's; PartNode names the fields the cutting reads of them.
        collectLinks(root.children as unknown as PartNode[], links, false);
        const nodes = withSentences(root.children as unknown as PartNode[], lang, sentence);
        const { cuts, parts } = partsOf(nodes.filter((node) => !unrendered.has(node.type)));
        const astro = (ctx.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
        astro.frontmatter = { ...astro.frontmatter, [partsKey]: parts };
        // One fragment holds the parts, so that MDX puts no line break between them; the article
        // gets its line breaks back from the expressions between them.
        const between = { type: 'mdxFlowExpression', value: 'props.part === undefined ? "\\n" : null' };
        const fragment = {
          type: 'mdxJsxFlowElement',
          name: null,
          attributes: [],
          children: cuts.flatMap((cut, index) => (index ? [between, wrap(cut)] : [wrap(cut)])),
        };
        ctx.replaceNode(root, {
          type: 'root',
          children: [...nodes.filter((node) => unrendered.has(node.type)), fragment],
        } as unknown as MdastRoot);
      },
      mdxJsxFlowElement: (node) => rewrite(node, lang, links),
      mdxJsxTextElement: (node) => rewrite(node, lang, links),
    });
  };
}

/**
 * The element around sentence `index` of block `id`, given the group numbers of the block's
 * sentences as the page passes them (`<Content groups={…} />`).
 */
function sentence(id: string, index: number, children: PartNode[]): PartNode {
  return {
    type: 'mdxJsxTextElement',
    name: sentenceElement,
    attributes: [expression('group', `props.groups?.[${JSON.stringify(id)}]?.[${index}]`)],
    children,
  };
}

/**
 * Wraps a node in the element that shows it in its parts; a container cut inside is copied around
 * its children's wrappers.
 * @param cut Where the node goes.
 */
function wrap(cut: Cut<PartNode>): PartNode {
  const node = cut.children ? { ...cut.node, children: cut.children.map(wrap) } : cut.node;
  return {
    type: 'mdxJsxFlowElement',
    name: partElement,
    attributes: [expression('parts', JSON.stringify(cut.parts)), expression('part', 'props.part')],
    children: [node],
  };
}

/**
 * Records the id of each paragraph, list item and address, unless it stands inside another
 * element with an id (a figure is one block as a whole). Ids are unique within a language.
 * @param nodes Nodes to walk.
 * @param links Filled with their ids.
 * @param inside Whether the nodes stand inside an element with an id.
 */
function collectLinks(nodes: readonly PartNode[], links: Set<string>, inside: boolean): void {
  for (const node of nodes) {
    const id = elementId(node);
    if (id !== undefined && !inside && node.name && linked.has(node.name)) links.add(id);
    collectLinks(node.children ?? [], links, inside || id !== undefined);
  }
}

/**
 * An element as it renders under a prefix: its id and id references prefixed, its link to the
 * parallel view last; a component that renders ids is given the prefix. Undefined when nothing changes.
 * @param node A JSX element.
 * @param lang The language of the file.
 * @param links Ids of the blocks that get a link.
 */
function rewrite<N extends MdxJsxFlowElement | MdxJsxTextElement>(
  node: Readonly<N>,
  lang: string,
  links: ReadonlySet<string>,
): N | undefined {
  if (node.name && prefixed.has(node.name))
    return { ...node, attributes: [...node.attributes, expression('prefix', 'props.prefix')] };
  // Other components' attributes are theirs to read: only HTML's name ids.
  if (!isHtmlElement(node.name)) return undefined;
  const attributes = node.attributes.map((a) => {
    const value = a.type === 'mdxJsxAttribute' ? prefixedValue(a) : undefined;
    return value === undefined || a.type !== 'mdxJsxAttribute' ? a : expression(a.name, value);
  });
  const id = elementId(node);
  const link = id !== undefined && links.has(id);
  if (!link && attributes.every((a, i) => a === node.attributes[i])) return undefined;
  const linkElement = {
    type: 'mdxJsxTextElement',
    name: parallelLinkElement,
    attributes: [literal('id', id ?? ''), literal('lang', lang)],
    children: [],
  };
  return { ...node, attributes, children: link ? [...node.children, linkElement] : node.children };
}

/**
 * The expression an attribute written as a string takes under a prefix: an `id`, each id of an
 * id-list attribute (`aria-labelledby`…), the target of a fragment link (`href="#…"`); undefined
 * for any other attribute.
 * @param attribute A JSX attribute.
 */
function prefixedValue({ name, value }: MdxJsxAttributeNode): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (name === 'id') return withPrefix('', value);
  if (name === 'href') return value.length > 1 && value.startsWith('#') ? withPrefix('#', value.slice(1)) : undefined;
  if (!(idReferenceAttributes as readonly string[]).includes(name)) return undefined;
  const ids = value.split(/\s+/).filter(Boolean);
  return ids.length ? ids.map((id, i) => withPrefix(i ? ' ' : '', id)).join(' + ') : undefined;
}

/** An attribute written as a string. */
function literal(name: string, value: string): MdxJsxAttributeNode {
  return { type: 'mdxJsxAttribute', name, value };
}
