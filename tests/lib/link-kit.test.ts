import { describe, expect, test } from 'vitest';
import { cspSnippet, escapeMarkdown, linkSnippets } from '../../src/embed/link-kit';

describe('escapeMarkdown', () => {
  test('escapes brackets, which would end the link text, and what would start markup or emphasis', () => {
    expect(escapeMarkdown('A [1] \\ <b> *B*')).toBe('A \\[1\\] \\\\ \\<b\\> \\*B\\*');
  });
});

describe('linkSnippets', () => {
  // What it offers for each term: tests/pages/link-kit.test.ts, on every term page as built.
  test('escapes a term name that contains markup', () => {
    const [html, markdown] = linkSnippets(
      { lang: 'en', name: 'A <b> [x]', url: 'https://example.org/' },
      'https://example.org/s.js',
    );
    expect(html?.code).toBe('<a href="https://example.org/" lang="en">A &lt;b&gt; [x]</a>');
    expect(markdown?.code).toBe('[A \\<b\\> \\[x\\]](https://example.org/)');
  });
});

describe('cspSnippet', () => {
  test('allows the site’s origin for the script and its data', () => {
    expect(cspSnippet('https://example.org')).toBe(
      "Content-Security-Policy: script-src 'self' https://example.org; connect-src 'self' https://example.org",
    );
  });
});
