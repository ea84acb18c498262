/** The snippets of a term page's link kit: a link in HTML and Markdown, the embeddable card, and the policy a host needs for it. */
import type { SnippetLang } from '../metadata/highlight';
import type { Lang } from '../site/languages';
import { escapeHtml } from '../glossary/oembed';

/** One ready-to-copy snippet: what it is for, the language it is written in, and its code. */
export interface Snippet {
  kind: 'html' | 'markdown' | 'embed';
  language: SnippetLang;
  code: string;
}

/**
 * Text made safe for the text of a Markdown link: no bracket ends it, no markup or emphasis starts.
 * @example escapeMarkdown('A [1]') // 'A \\[1\\]'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/**
 * The script tag that adds term cards to a page.
 * @example embedSnippet('https://example.org/embed/v1/glossary-card.js') // '<script src="https://example.org/embed/v1/glossary-card.js" defer></script>'
 */
export function embedSnippet(scriptUrl: string): string {
  return `<script src="${escapeHtml(scriptUrl)}" defer></script>`;
}

/** The snippets for linking to one term's page: an HTML link, a Markdown link, and the card script. */
export function linkSnippets(term: { lang: Lang; name: string; url: string }, scriptUrl: string): Snippet[] {
  return [
    {
      kind: 'html',
      language: 'html',
      code: `<a href="${escapeHtml(term.url)}" lang="${term.lang}">${escapeHtml(term.name)}</a>`,
    },
    { kind: 'markdown', language: 'markdown', code: `[${escapeMarkdown(term.name)}](${term.url})` },
    { kind: 'embed', language: 'html', code: embedSnippet(scriptUrl) },
  ];
}

/**
 * The directives a host's Content-Security-Policy needs for the card: our script and our data.
 * @example cspSnippet('https://example.org') // "Content-Security-Policy: script-src 'self' https://example.org; connect-src 'self' https://example.org"
 */
export function cspSnippet(origin: string): string {
  return `Content-Security-Policy: script-src 'self' ${origin}; connect-src 'self' ${origin}`;
}
