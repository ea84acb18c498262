/**
 * Gives each block of a section its link to the same block in the parallel view while the MDX
 * compiles: `<p id="overview-1">…</p>` in `content/ja/overview.mdx` becomes
 * `<p id="overview-1">…<ParallelLink id="overview-1" lang="ja" /></p>`. The page decides what the
 * element renders (the article a link, the parallel view nothing) through the components it
 * passes to the content, so no page reads its rendered HTML back to find the blocks.
 *
 * A Sätteri mdast plugin, registered by `satteri.ts`.
 */
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type MdastTarget, type MdastVisitorContext, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { isLang } from '../lib/languages.ts';

/**
 * The blocks a reader may want to compare: paragraphs, list items and addresses. Headings get no
 * link, as its name would join theirs.
 */
const linked = new Set(['p', 'li', 'address']);

/** The name of the element the plugin adds, which the page maps to a component. */
export const parallelLinkElement = 'ParallelLink';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Creates the plugin: appends `<ParallelLink id lang />` to every paragraph, list item and address
 * written with an id, unless it stands inside another element with an id (a figure is one block as
 * a whole). The language is the name of the folder the file is in (`ja/`, `en/`), as for `<Term>`;
 * a file outside a language's folder belongs to no edition and gets no links.
 *
 * @returns A Sätteri mdast plugin entry, for `mdastPlugins`.
 * @example
 * mdxToJs('<p id="a">A</p>', { mdastPlugins: [mdxParallelLinks()], fileURL: pathToFileURL(`${root}/content/ja/a.mdx`), jsx: true }).code
 * // …<p id="a">{"A"}<ParallelLink id="a" lang="ja" /></p>…
 */
export function mdxParallelLinks(): MdastPluginEntry {
  return ({ fileURL }) => {
    const folder = fileURL && basename(dirname(fileURLToPath(fileURL)));
    if (!folder || !isLang(folder)) return undefined;
    const lang = folder;
    const visit = (node: Readonly<JsxElement>, ctx: MdastVisitorContext) => {
      const id = literal(node, 'id');
      if (!node.name || !linked.has(node.name) || !id || insideBlock(node, ctx)) return;
      const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
      ctx.appendChild(node, { type: 'mdxJsxTextElement', name: parallelLinkElement, attributes: [attribute('id', id), attribute('lang', lang)], children: [] });
    };
    return defineMdastPlugin({ name: 'mdx-parallel-links', mdxJsxFlowElement: visit, mdxJsxTextElement: visit });
  };
}

/**
 * Whether an element stands inside another element written with an id.
 * @param node A JSX element.
 * @param ctx The visitor's context, which knows each node's parent.
 */
function insideBlock(node: Readonly<JsxElement>, ctx: MdastVisitorContext): boolean {
  for (let parent: Readonly<MdastTarget> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if ((parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') && literal(parent, 'id')) return true;
  }
  return false;
}

/**
 * The value of an attribute written as a string (`id="x"`); undefined when absent or an expression.
 * @param node A JSX element.
 * @param name The attribute's name.
 */
function literal(node: Readonly<JsxElement>, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
