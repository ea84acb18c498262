/** Highlights the copyable snippets (HTML, Markdown, HTTP headers, BibTeX, RIS, JSON) with Shiki, coloured by CSS variables. */
import type { Element } from 'hast';
import { createCssVariablesTheme, getSingletonHighlighter, type ShikiTransformer } from 'shiki';
import { risLanguage } from './ris-grammar';

export type SnippetLang = 'html' | 'markdown' | 'http' | 'bibtex' | 'json' | 'ris';

/**
 * Shiki's theme of CSS variables: each token names its role (`--hl-token-string`), and the site's
 * stylesheet gives every role a colour for light and for dark schemes.
 */
const theme = createCssVariablesTheme({ name: 'snippet', variablePrefix: '--hl-', fontStyle: true });

/**
 * The token roles the snippets' grammars give, each with its rule in snippets.css. Shiki's theme
 * has others (comments, parameters, italic and bold text) that no snippet has: a page should
 * carry no rule it never uses.
 */
const roles = new Set(['string-expression', 'function', 'keyword', 'string', 'constant', 'link']);

/** Font styles Shiki writes inline, and the classes that carry them instead. */
const fontClasses: Record<string, string> = {
  'text-decoration:underline': 'hl-underline',
};

/**
 * Classes for the declarations of one inline style. Text in the foreground colour needs none,
 * nor punctuation, which has that colour.
 * @example styleClasses('color:var(--hl-token-link);text-decoration:underline') // ['hl-link', 'hl-underline']
 */
export function styleClasses(style: string): string[] {
  return style
    .split(';')
    .filter(Boolean)
    .flatMap((declaration) => {
      const role = /^color:var\(--hl-(?:token-)?([a-z-]+)\)$/.exec(declaration)?.[1];
      if (role === 'foreground' || role === 'punctuation') return [];
      const found = role ? roles.has(role) && `hl-${role}` : fontClasses[declaration];
      if (!found)
        throw new Error(
          `Shiki wrote the style "${declaration}", which has no class: add it to src/metadata/highlight.ts, with its colour in src/styles/theme.css and its rule in src/styles/snippets.css.`,
        );
      return [found];
    });
}

/**
 * Turns Shiki's inline styles into classes, because the site's Content-Security-Policy
 * (`style-src 'self'`) blocks style attributes; the code block wraps instead of scrolling, so it
 * needs no tabindex.
 */
const classesNotStyles: ShikiTransformer = {
  pre(node: Element) {
    node.properties = { className: ['snippet-code'] };
  },
  span(node: Element) {
    const { style } = node.properties;
    delete node.properties['style'];
    const classes = typeof style === 'string' ? styleClasses(style) : [];
    if (classes.length) this.addClassToHast(node, classes);
  },
};

/** Code highlighted at build time as HTML with classes and no inline style. */
export async function highlight(code: string, lang: SnippetLang): Promise<string> {
  // Shiki bundles no grammar for RIS: the highlighter loads this project's (ris-grammar.ts).
  const highlighter = await getSingletonHighlighter({ langs: [lang === 'ris' ? risLanguage : lang], themes: [theme] });
  // No time limit per line: Shiki's default (500 ms) leaves the rest of a line plain when the
  // machine is busy, so the same build could highlight differently twice.
  return highlighter.codeToHtml(code, { lang, theme, transformers: [classesNotStyles], tokenizeTimeLimit: 0 });
}
