import { describe, expect, test } from 'vitest';
import { cspSnippet, escapeMarkdown, linkSnippets } from '../../src/embed/link-kit';

describe('escapeMarkdown', () => {
  test('escapes brackets, which would end the link text, and what would start markup or emphasis', () => {
    expect(escapeMarkdown('A [1] \\ <b> *B*')).toBe('A \\[1\\] \\\\ \\<b\\> \\*B\\*');
  });
});

describe('linkSnippets', () => {
  const snippets = linkSnippets(
    { lang: 'ja', name: 'ALK融合遺伝子', url: 'https://example.org/ja/glossary/alk-fusion-gene/' },
    'https://example.org/embed/v1/glossary-card.js',
  );

  test('offers an HTML link in the term’s language, a Markdown link and the card script', () => {
    expect(snippets).toEqual([
      { kind: 'html', language: 'html', code: '<a href="https://example.org/ja/glossary/alk-fusion-gene/" lang="ja">ALK融合遺伝子</a>' },
      { kind: 'markdown', language: 'markdown', code: '[ALK融合遺伝子](https://example.org/ja/glossary/alk-fusion-gene/)' },
      { kind: 'embed', language: 'html', code: '<script src="https://example.org/embed/v1/glossary-card.js" defer></script>' },
    ]);
  });

  test('escapes a term name that contains markup', () => {
    const [html, markdown] = linkSnippets({ lang: 'en', name: 'A <b> [x]', url: 'https://example.org/' }, 'https://example.org/s.js');
    expect(html?.code).toBe('<a href="https://example.org/" lang="en">A &lt;b&gt; [x]</a>');
    expect(markdown?.code).toBe('[A \\<b\\> \\[x\\]](https://example.org/)');
  });
});

describe('cspSnippet', () => {
  test('allows the site’s origin for the script and its data', () => {
    expect(cspSnippet('https://example.org')).toBe("Content-Security-Policy: script-src 'self' https://example.org; connect-src 'self' https://example.org");
  });
});
