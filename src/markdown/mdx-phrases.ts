/**
 * Lets the Japanese content's headings break between phrases only, while the MDX compiles: in each
 * heading of a file in `ja/` (Markdown's `##`, or `<h2>`…`<h6>` written as JSX), the heading's
 * text is cut into the phrases `phrases` finds, and a `<wbr>` goes between each two. A `<wbr>` is
 * no character, so the text readers copy, search engines read and ids are made from is unchanged;
 * global.css keeps Japanese headings from breaking anywhere else.
 *
 * A Sätteri mdast plugin, registered by `satteri.ts`.
 */
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { phrases } from './phrases.ts';

/** The JSX names of HTML's headings. */
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The fields of an mdast node that the cutting reads. */
interface InlineNode {
  type: string;
  value?: string;
  children?: InlineNode[];
}

/** A break opportunity that is no character. */
const wbr = { type: 'mdxJsxTextElement', name: 'wbr', attributes: [], children: [] };

/**
 * Creates the plugin. The language is the name of the folder the file is in, as for `<Term>`; only
 * Japanese needs it, as other languages break their lines at the spaces between words.
 *
 * @returns A Sätteri mdast plugin entry, for `mdastPlugins`.
 * @example
 * mdxToJs('<h3 id="a">本研究に関すること</h3>', { mdastPlugins: [mdxPhrases()], fileURL: pathToFileURL(`${root}/content/ja/a.mdx`), jsx: true }).code
 * // …<h3 id="a">{"本研究に"}<_components.wbr />{"関する"}<_components.wbr />{"こと"}</h3>…
 */
export function mdxPhrases(): MdastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL || basename(dirname(fileURLToPath(fileURL))) !== 'ja') return undefined;
    const element = <N extends MdxJsxFlowElement | MdxJsxTextElement>(node: Readonly<N>) =>
      headings.has(node.name ?? '') ? withBreaks(node) : undefined;
    return defineMdastPlugin({
      name: 'mdx-phrases',
      heading: withBreaks,
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
    });
  };
}

/**
 * A heading with a `<wbr>` at each boundary between its phrases; undefined when it is one phrase.
 * The phrases are those of the heading's whole text, so that a boundary may fall where an element
 * inside it starts or ends (`背景と*経緯*`), and each phrase is found in its context.
 * @param heading A heading.
 */
function withBreaks<N>(heading: Readonly<N>): N | undefined {
  const node = heading as Readonly<InlineNode>;
  const parts = phrases(textOf(node));
  const boundaries: number[] = [];
  let end = 0;
  for (const phrase of parts.slice(0, -1)) boundaries.push((end += phrase.length));
  if (!boundaries.length) return undefined;
  let offset = 0;
  const cut = (child: InlineNode): InlineNode[] => {
    if (child.type !== 'text') return child.children ? [{ ...child, children: child.children.flatMap(cut) }] : [child];
    const text = child.value ?? '';
    const start = offset;
    offset += text.length;
    // Each boundary falls in one text: from its start (just after an element) to before its end.
    const pieces: InlineNode[] = [];
    let from = 0;
    for (const at of boundaries.filter((b) => b >= start && b < offset).map((b) => b - start)) {
      if (at > from) pieces.push({ type: 'text', value: text.slice(from, at) });
      pieces.push(wbr);
      from = at;
    }
    pieces.push({ type: 'text', value: text.slice(from) });
    return pieces;
  };
  return { ...node, children: (node.children ?? []).flatMap(cut) } as N;
}

/**
 * The text of a node's text nodes, in order.
 * @param node An mdast node.
 */
function textOf(node: Readonly<InlineNode>): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}
