import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { embedHtml, escapeHtml } from '../../src/glossary/oembed';

const term = {
  lang: 'en',
  term: 'GSK3 <inhibitor>',
  marker: '※5',
  definition: 'A "drug" & more.',
  url: 'https://example.org/en/glossary/gsk3-inhibitor/',
};
const provider = {
  name: 'Site',
  url: 'https://example.org/en/',
  thumbnail: 'https://example.org/og/en/glossary/gsk3-inhibitor.png',
};

describe('escapeHtml', () => {
  test('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });
});

describe('embedHtml', () => {
  test('quotes the term and its definition as text, citing and linking the term page', () => {
    const { document } = parseHTML(`<div>${embedHtml(term, provider)}</div>`);
    const quote = document.querySelector('blockquote');
    expect(quote?.getAttribute('lang')).toBe('en');
    expect(quote?.getAttribute('cite')).toBe(term.url);
    expect(quote?.querySelector('strong')?.textContent).toBe('GSK3 <inhibitor>');
    expect(quote?.textContent).toContain('A "drug" & more.');
    expect(quote?.querySelector('a')?.getAttribute('href')).toBe(term.url);
    expect(document.querySelectorAll('script, style, [style]')).toHaveLength(0);
  });
});
