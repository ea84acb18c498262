/** The embeddable term card, shared by its script and its tests: which links it explains, what the card holds, and its styles. */
import { isLang, otherLang, type Lang } from '../site/languages';
import { siteUrls } from '../site/urls';

/** One language's text of a glossary term, as `/glossary.json` gives it (its `url` is never read). */
export interface TermText {
  term: string;
  definition: string;
}

/** The part of `/glossary.json` the card reads. */
export interface GlossaryData {
  terms: Array<{ id: string } & Record<Lang, TermText>>;
}

/**
 * The card's own words, per language, taken from the site's dictionaries when the script is built:
 * the link to the term page, and the words before and after the term's name in the other language.
 */
export type CardStrings = Record<Lang, { more: string; other: readonly [before: string, after: string] }>;

/** What one card shows: the term in the language of the page linked, and its name in the other language, each with its page. */
export interface CardTerm {
  lang: Lang;
  text: TermText;
  url: string;
  other: { lang: Lang; text: Pick<TermText, 'term'>; url: string };
}

/** A link to one of our term pages: which term, in which language. */
export interface TermLink {
  lang: Lang;
  id: string;
}

const termPath = /^([a-z]+)\/glossary\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:[?#].*)?$/;

/**
 * The term a link points at, when its URL is a term page under the site's root (origin and base).
 * @example termLinkOf('https://example.org/base/en/glossary/gsk3-inhibitor/#top', 'https://example.org/base/') // { lang: 'en', id: 'gsk3-inhibitor' }
 */
export function termLinkOf(href: string, root: string): TermLink | undefined {
  if (!href.startsWith(root)) return undefined;
  const [, lang = '', id = ''] = termPath.exec(href.slice(root.length)) ?? [];
  return isLang(lang) ? { lang, id } : undefined;
}

/**
 * What the card shows for a link, from the entry the data gives its term; undefined when the
 * data lacks the term or its text in either language. The data comes from the network and may be
 * tampered with: its text is only ever shown as text, and its URLs are never used; the card links
 * to the term's pages under `root`, where the script itself comes from.
 * @param entry The data's entry for the link's term, if any.
 * @param root The site's root (origin and base) the script is served under.
 */
export function cardTermOf(entry: unknown, link: TermLink, root: string): CardTerm | undefined {
  const other = otherLang(link.lang);
  const text = textOf(entry, link.lang);
  const otherText = textOf(entry, other);
  if (!text || !otherText) return undefined;
  const urls = siteUrls(root, new URL(root).pathname);
  return {
    lang: link.lang,
    text,
    url: urls.term(link.lang, link.id),
    other: { lang: other, text: otherText, url: urls.term(other, link.id) },
  };
}

/** An entry's term and definition in one language, when both are text. */
function textOf(entry: unknown, lang: Lang): TermText | undefined {
  const text: unknown = typeof entry === 'object' && entry ? (entry as Record<string, unknown>)[lang] : undefined;
  if (typeof text !== 'object' || !text) return undefined;
  const { term, definition } = text as Record<string, unknown>;
  return typeof term === 'string' && typeof definition === 'string' ? { term, definition } : undefined;
}

/**
 * The card's content for one term: its name, its name in the other language linked to its page in
 * that language (marked with that language), its definition and a link to its page for pointer and
 * touch users, built as nodes from text, so that nothing in the data can become markup.
 */
export function cardContent(document: Document, term: CardTerm, strings: CardStrings[Lang]): Node[] {
  const element = (tag: string, className: string, content: string) => {
    const node = document.createElement(tag);
    node.className = className;
    node.textContent = content;
    return node;
  };
  const link = (className: string, content: string, url: string) => {
    const node = element('a', className, content) as HTMLAnchorElement;
    node.href = url;
    // Out of the tab order: keyboard users are on the very link that opened the card, whose page
    // has both, and Tab should take them on through the host's page, not into the card.
    node.tabIndex = -1;
    return node;
  };
  const otherName = link('other-term', term.other.text.term, term.other.url);
  otherName.setAttribute('lang', term.other.lang);
  otherName.setAttribute('hreflang', term.other.lang);
  const other = document.createElement('p');
  other.className = 'other';
  other.append(strings.other[0], otherName, strings.other[1]);
  return [
    element('p', 'term', term.text.term),
    other,
    element('p', 'definition', term.text.definition),
    link('more', strings.more, term.url),
  ];
}

/**
 * The card's stylesheet, adopted by its shadow root: constructed stylesheets are not inline
 * `<style>`, so a host's `style-src` without 'unsafe-inline' allows them. The colours and the
 * Japanese fonts are the site's theme tokens, put in when the script is bundled, and
 * `color-scheme` makes `light-dark()` follow the reader's preference whatever the host page declares.
 */
export function cardCss(token: (name: string) => string): string {
  return `:host{all:initial;color-scheme:light dark}
[popover]{inset:auto;margin:0;box-sizing:border-box;width:min(22em,calc(100vw - 1rem));max-height:calc(100vh - 1rem);overflow:auto;padding:.8em 1em;border:1px solid ${token('--color-rule')};border-radius:.5em;background:${token('--color-paper')};color:${token('--color-ink')};box-shadow:${token('--shadow-card')};font:.95em/1.6 system-ui,sans-serif;text-align:start}
:lang(ja){font-family:${token('--font-ja')};line-break:strict}
p{margin:0 0 .5em}
.term{font-weight:700}
a{color:${token('--color-accent')};text-underline-offset:.2em}
a:focus-visible{outline:3px solid ${token('--color-focus')};outline-offset:2px}
`;
}
