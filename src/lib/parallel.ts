/**
 * The parallel view sets both languages side by side, block by block. Both editions use the same
 * ids, and one page cannot hold an id twice, so each language's rendered section is rewritten, not
 * re-authored: it is split into blocks (the elements the content gave an id), blocks are paired by
 * id, and every id in a block, and every reference to one, gets the language as a prefix
 * (`overview-1` → `ja-overview-1`, `href="#gsk3-inhibitor"` → `href="#ja-gsk3-inhibitor"`). A
 * column's glossary markers thus open that column's own cards and glossary entries. Rewriting the
 * rendered HTML keeps the MDX free of layout concerns and `<Term>` free of a prefix prop.
 *
 * Works on HTML strings at build time through linkedom's DOM, so nothing is escaped by hand.
 */
import { parseHTML } from 'linkedom';
import { idReferenceAttributes } from './id-references';
import { languages, type Lang } from './languages';

/** A block of a section's rendered HTML, with the id it is paired by. */
export interface Block {
  /** The content's id; undefined for a block the content gave no id (a citation, a list of corrections). */
  id: string | undefined;
  html: string;
}

/** One row of the parallel view: the same block in every language. */
export interface Pair {
  id: string | undefined;
  cells: Record<Lang, string>;
}

/** A detached element holding a fragment of HTML, to edit with the DOM. */
function fragment(html: string): HTMLElement {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder as unknown as HTMLElement;
}

/**
 * Prefixes every id in a fragment of HTML, and every reference to an id: fragment links and
 * the id-list attributes of ARIA, labels, popovers and interest invokers.
 * @example prefixIds('<p id="a"><a href="#b">※1</a></p>', 'ja-') // '<p id="ja-a"><a href="#ja-b">※1</a></p>'
 */
export function prefixIds(html: string, prefix: string): string {
  const holder = fragment(html);
  for (const element of holder.querySelectorAll('[id]')) element.id = prefix + element.id;
  for (const name of idReferenceAttributes) {
    for (const element of holder.querySelectorAll(`[${name}]`)) {
      const ids = (element.getAttribute(name) ?? '').split(/\s+/).filter(Boolean);
      element.setAttribute(name, ids.map((id) => prefix + id).join(' '));
    }
  }
  for (const link of holder.querySelectorAll('a[href^="#"]')) {
    const target = (link.getAttribute('href') ?? '#').slice(1);
    if (target) link.setAttribute('href', `#${prefix}${target}`);
  }
  return holder.innerHTML;
}

/**
 * Splits a section's rendered HTML into the blocks a reader compares: each top-level element with
 * an id; inside a container without one (a list), each of its elements with an id, wrapped in a
 * copy of the container so that a list item stays in a list; any other top-level element whole,
 * without an id. Whitespace between elements is dropped.
 * @example splitBlocks('<ul><li id="a">A</li><li id="b">B</li></ul>') // [{ id: 'a', html: '<ul><li id="a">A</li></ul>' }, { id: 'b', … }]
 */
export function splitBlocks(html: string): Block[] {
  const holder = fragment(html);
  for (const node of holder.childNodes) {
    if (node.nodeType === 3 && node.textContent?.trim()) throw new Error(`Text outside any element cannot be paired: "${node.textContent.trim().slice(0, 40)}". Wrap it in a block with an id.`);
  }
  return [...holder.children].flatMap((element) => blocksOf(element));
}

/** The blocks of one element: itself if it has an id or holds none, else those of its children. */
function blocksOf(element: Element): Block[] {
  if (element.id || !element.querySelector('[id]')) return [{ id: element.id || undefined, html: element.outerHTML }];
  return [...element.children].flatMap((child) =>
    blocksOf(child).map((block) => {
      const wrapper = element.cloneNode(false) as Element;
      wrapper.innerHTML = block.html;
      return { id: block.id, html: wrapper.outerHTML };
    }),
  );
}

/**
 * Pairs the blocks of one section in every language, in order, each cell's ids prefixed with its
 * language. Throws when the languages' blocks differ, naming the section and the first mismatch.
 * @param section Id of the section, for the error message.
 * @param html The section's rendered HTML in each language.
 */
export function pairBlocks(section: string, html: Record<Lang, string>): Pair[] {
  const blocks = Object.fromEntries(languages.map((lang) => [lang, splitBlocks(html[lang])])) as Record<Lang, Block[]>;
  const [original, ...translations] = languages;
  const reference = blocks[original];
  for (const lang of translations) {
    const other = blocks[lang];
    const differs = (i: number) => !reference[i] !== !other[i] || reference[i]?.id !== other[i]?.id;
    const at = Array.from({ length: Math.max(reference.length, other.length) }, (_, i) => i).find(differs);
    if (at !== undefined) {
      const name = (block: Block | undefined) => (block ? (block.id ?? 'a block without id') : 'nothing');
      throw new Error(
        `Section "${section}": block ${at + 1} is ${name(reference[at])} in ${original} but ${name(other[at])} in ${lang}. Give both languages the same blocks with the same ids, in the same order.`,
      );
    }
  }
  return reference.map((block, index) => ({
    id: block.id,
    cells: Object.fromEntries(languages.map((lang) => [lang, prefixIds(blocks[lang][index]?.html ?? '', `${lang}-`)])) as Record<Lang, string>,
  }));
}

/**
 * Loads one value per language.
 * @example await perLanguage(async (lang) => lang.toUpperCase()) // { ja: 'JA', en: 'EN' }
 */
export async function perLanguage<T>(load: (lang: Lang) => Promise<T>): Promise<Record<Lang, T>> {
  return Object.fromEntries(await Promise.all(languages.map(async (lang) => [lang, await load(lang)]))) as Record<Lang, T>;
}

/**
 * Lines up lists kept per language, item by item. Throws when their lengths differ.
 * @example byPosition({ ja: ['概要'], en: ['Overview'] }) // [{ ja: '概要', en: 'Overview' }]
 */
export function byPosition<T>(lists: Record<Lang, readonly T[]>): Array<Record<Lang, T>> {
  const [original] = languages;
  const lengths = languages.map((lang) => `${lang} ${lists[lang].length}`);
  if (languages.some((lang) => lists[lang].length !== lists[original].length)) throw new Error(`Cannot line up lists of different lengths: ${lengths.join(', ')}.`);
  return lists[original].map((_, index) => Object.fromEntries(languages.map((lang) => [lang, lists[lang][index]])) as Record<Lang, T>);
}
