import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { cardContent, cardTermOf, termLinkOf } from '../../src/embed/card';

const root = 'https://example.org/alk-gsk3/';

describe('termLinkOf', () => {
  test.each([
    // A term page in either language, with or without a fragment or query.
    ['https://example.org/alk-gsk3/en/glossary/gsk3-inhibitor/', { lang: 'en', id: 'gsk3-inhibitor' }],
    ['https://example.org/alk-gsk3/ja/glossary/alk-fusion-gene/#definition', { lang: 'ja', id: 'alk-fusion-gene' }],
    ['https://example.org/alk-gsk3/ja/glossary/alk-inhibitor/?from=news', { lang: 'ja', id: 'alk-inhibitor' }],
    // Without the trailing slash, as people sometimes type it.
    ['https://example.org/alk-gsk3/en/glossary/alk-inhibitor', { lang: 'en', id: 'alk-inhibitor' }],
    // Not a term page: the glossary itself, the article, a deeper path, another language.
    ['https://example.org/alk-gsk3/en/glossary/', undefined],
    ['https://example.org/alk-gsk3/en/', undefined],
    ['https://example.org/alk-gsk3/en/glossary/gsk3-inhibitor/more/', undefined],
    ['https://example.org/alk-gsk3/fr/glossary/gsk3-inhibitor/', undefined],
    // The same path on another site, or outside the base.
    ['https://example.com/alk-gsk3/en/glossary/gsk3-inhibitor/', undefined],
    ['https://example.org/en/glossary/gsk3-inhibitor/', undefined],
  ])('%s', (href, expected) => {
    expect(termLinkOf(href, root)).toEqual(expected);
  });
});

describe('cardTermOf', () => {
  const entry = {
    id: 'gsk3-inhibitor',
    ja: {
      term: 'GSK3阻害剤',
      definition: 'GSK3の働きを抑える薬剤。',
      url: 'https://example.org/alk-gsk3/ja/glossary/gsk3-inhibitor/',
    },
    en: {
      term: 'GSK3 inhibitor',
      definition: 'A drug that blocks GSK3.',
      url: 'https://example.org/alk-gsk3/en/glossary/gsk3-inhibitor/',
    },
  };
  const link = { lang: 'en', id: 'gsk3-inhibitor' } as const;

  test("links to the term's pages under the script's own root, in both languages", () => {
    expect(cardTermOf(entry, link, root)).toEqual({
      lang: 'en',
      text: { term: 'GSK3 inhibitor', definition: 'A drug that blocks GSK3.' },
      url: 'https://example.org/alk-gsk3/en/glossary/gsk3-inhibitor/',
      other: {
        lang: 'ja',
        text: { term: 'GSK3阻害剤', definition: 'GSK3の働きを抑える薬剤。' },
        url: 'https://example.org/alk-gsk3/ja/glossary/gsk3-inhibitor/',
      },
    });
  });

  test.each([
    ['a javascript: URL', 'javascript:alert(document.domain)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['another site', 'https://evil.example/phish/'],
    ['another term of ours', 'https://example.org/alk-gsk3/en/glossary/alk-inhibitor/'],
  ])('never takes its links from the data, even when the data gives %s', (_, url) => {
    const tampered = { ...entry, ja: { ...entry.ja, url }, en: { ...entry.en, url } };
    const card = cardTermOf(tampered, link, root);
    expect([card?.url, card?.other.url]).toEqual([
      'https://example.org/alk-gsk3/en/glossary/gsk3-inhibitor/',
      'https://example.org/alk-gsk3/ja/glossary/gsk3-inhibitor/',
    ]);
  });

  test.each([
    ['no entry', undefined],
    ['an entry without the other language', { id: 'gsk3-inhibitor', en: entry.en }],
    ['a definition that is not text', { ...entry, en: { ...entry.en, definition: { html: '<b>x</b>' } } }],
    ['an entry that is not an object', 'gsk3-inhibitor'],
  ])('shows no card for %s', (_, tampered) => {
    expect(cardTermOf(tampered, link, root)).toBeUndefined();
  });
});

describe('cardContent', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const hostile = {
    term: '<b>GSK3</b> inhibitor',
    definition: 'Blocks GSK3. <img src=x onerror="alert(1)"><script>alert(2)</script>',
  };
  const japanese = { term: 'GSK3<i>阻害剤</i>', definition: '…' };
  const urls = {
    en: 'https://example.org/en/glossary/gsk3-inhibitor/',
    ja: 'https://example.org/ja/glossary/gsk3-inhibitor/',
  };
  const strings = { more: 'Read the full entry', other: ['Japanese: ', ''] as const };
  const card = document.createElement('div');
  card.append(
    ...cardContent(
      document,
      { lang: 'en', text: hostile, url: urls.en, other: { lang: 'ja', text: japanese, url: urls.ja } },
      strings,
    ),
  );
  // That Tab goes on through the host page, never into the card: tests/browser/embed-card.test.ts.
  test('shows markup in the data as text, never as elements', () => {
    expect(card.querySelectorAll('img, script, b, i')).toHaveLength(0);
    expect(card.querySelector('.term')?.textContent).toBe(hostile.term);
    expect(card.querySelector('.definition')?.textContent).toBe(hostile.definition);
    expect(card.querySelector('.other a')?.textContent).toBe(japanese.term);
  });

  test('names the term in the other language right after it, marked with that language and linked to its page there', () => {
    const other = card.querySelector('.term + .other');
    expect(other?.textContent).toBe(`Japanese: ${japanese.term}`);
    const link = other?.querySelector('a');
    expect(link?.getAttribute('lang')).toBe('ja');
    expect(link?.getAttribute('hreflang')).toBe('ja');
    expect(link?.getAttribute('href')).toBe('https://example.org/ja/glossary/gsk3-inhibitor/');
  });

  test('ends with a link to the term page, for pointers: keyboard users are on such a link already', () => {
    const link = card.lastElementChild;
    expect(link?.localName).toBe('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/en/glossary/gsk3-inhibitor/');
    expect(link?.textContent).toBe('Read the full entry');
    expect(link?.getAttribute('tabindex')).toBe('-1');
  });
});
