/**
 * Wraps each sentence of a block, as the MDX compile sees it, in an element of its own, so that
 * the parallel view can mark the sentence's group. The sentences are those the content check
 * aligned: the same text (as `content/read/mdx-section.ts` reads it), cut by the same `sentenceSpans`.
 */
import { elementId } from '../../markdown/jsx';
import type { PartNode } from '../parts';
import { sentenceSpans } from './sentences';

/** A node with the fields the wrapping reads and writes. */
type Node = PartNode & { value?: unknown };

/** The nodes of running text, which a sentence's element may hold; a block of any other (a figure) is left whole. */
const phrasing = new Set([
  'text',
  'inlineCode',
  'break',
  'emphasis',
  'strong',
  'delete',
  'link',
  'mdxTextExpression',
  'mdxJsxTextElement',
]);

/**
 * The nodes with every block (an element with an id, in no other) cut into sentences.
 * @param nodes Top-level nodes of a section.
 * @param wrapper Makes the element around sentence `index` of block `id`.
 */
export function withSentences<N extends Node>(
  nodes: readonly N[],
  lang: string,
  wrapper: (id: string, index: number, children: Node[]) => Node,
): N[] {
  const visit = (node: Node): Node => {
    const id = elementId(node);
    const copy = (children: Node[]) => ({ ...node, children });
    if (id === undefined) return node.children ? copy(node.children.map(visit)) : node;
    const [only] = node.children ?? [];
    // A block written over several lines holds a paragraph: its sentences are inside that.
    if (node.children?.length === 1 && only?.type === 'paragraph')
      return copy([{ ...only, children: cut(only.children ?? [], id) }]);
    return (node.children ?? []).every((child) => phrasing.has(child.type)) ? copy(cut(node.children ?? [], id)) : node;
  };
  const cut = (children: readonly Node[], id: string): Node[] => {
    const text = children.map(textOf).join('');
    const spans = sentenceSpans(text, lang);
    if (spans.length < 2) return spans.length ? [wrapper(id, 0, [...children])] : [...children];
    const groups: Node[][] = spans.map(() => []);
    let offset = 0;
    let k = 0;
    for (const child of children) {
      const length = textOf(child).length;
      // A sentence starts with its first character: a marker before it stays with the sentence it follows.
      while (length && (spans[k + 1]?.start ?? Infinity) <= offset) k += 1;
      const ends = spans
        .slice(k + 1)
        .filter((span) => span.start > offset && span.start < offset + length)
        .map((span) => span.start - offset);
      if (ends.length && child.type !== 'text')
        throw new Error(
          `A sentence of "${id}" ends inside a <${child.name ?? child.type}>: the parallel view can mark whole sentences only. Keep the sentence's end outside the element.`,
        );
      const value = typeof child.value === 'string' ? child.value : '';
      [0, ...ends].forEach((from, i) => {
        if (i) k += 1;
        groups[k]?.push(ends.length ? { type: 'text', value: value.slice(from, ends[i] ?? value.length) } : child);
      });
      offset += length;
    }
    return groups.map((group, index) => wrapper(id, index, group));
  };
  return nodes.map((node) => visit(node) as N);
}

/** The text readers see in a node, as the content model reads it: a marker adds nothing, a line break a newline. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'break' || node.name === 'br') return '\n';
  if (node.name === 'Term') return '';
  return (node.children ?? []).map(textOf).join('');
}
