import { describe, expect, test } from 'vitest';
import { byPosition, pairBlocks, perLanguage, prefixIds, splitBlocks } from '../../src/lib/parallel';

describe('prefixIds', () => {
  test.each([
    // A block's own id.
    ['<p id="overview-1">Text</p>', '<p id="ja-overview-1">Text</p>'],
    // A glossary marker: its fragment link and the card it opens.
    [
      '<a class="term-ref" href="#gsk3-inhibitor" interestfor="card-gsk3-inhibitor">※5</a>',
      '<a class="term-ref" href="#ja-gsk3-inhibitor" interestfor="ja-card-gsk3-inhibitor">※5</a>',
    ],
    // A card: its id, its label, its close button.
    [
      '<div id="card-a" popover="auto" aria-labelledby="card-a-term"><p id="card-a-term">A</p><button popovertarget="card-a">×</button></div>',
      '<div id="ja-card-a" popover="auto" aria-labelledby="ja-card-a-term"><p id="ja-card-a-term">A</p><button popovertarget="ja-card-a">×</button></div>',
    ],
    // Every id of a list of ids.
    ['<section aria-labelledby="a  b"></section>', '<section aria-labelledby="ja-a ja-b"></section>'],
    // Links to other pages, and the empty fragment, stay as they are.
    ['<a href="/en/#a">x</a><a href="tel:+81">y</a><a href="#">top</a>', '<a href="/en/#a">x</a><a href="tel:+81">y</a><a href="#">top</a>'],
  ])('rewrites %s', (input, expected) => {
    expect(prefixIds(input, 'ja-')).toBe(expected);
  });

  test('keeps text and entities', () => {
    expect(prefixIds('<p id="a">R&amp;D &lt;x&gt; 3–5%<br>次</p>', 'en-')).toBe('<p id="en-a">R&amp;D &lt;x&gt; 3–5%<br>次</p>');
  });
});

describe('splitBlocks', () => {
  test('makes each top-level element with an id a block', () => {
    expect(splitBlocks('<h3 id="c">C</h3>\n\n<address id="d">D<br>E</address>')).toEqual([
      { id: 'c', html: '<h3 id="c">C</h3>' },
      { id: 'd', html: '<address id="d">D<br>E</address>' },
    ]);
  });

  test('keeps each list item in a copy of its list', () => {
    expect(splitBlocks('<ul class="x">\n  <li id="a">A</li>\n  <li id="b">B</li>\n</ul>')).toEqual([
      { id: 'a', html: '<ul class="x"><li id="a">A</li></ul>' },
      { id: 'b', html: '<ul class="x"><li id="b">B</li></ul>' },
    ]);
  });

  test('keeps glossary entries in their list', () => {
    expect(splitBlocks('<dl class="glossary"><div id="t"><dt>T</dt><dd>D</dd></div></dl>')).toEqual([{ id: 't', html: '<dl class="glossary"><div id="t"><dt>T</dt><dd>D</dd></div></dl>' }]);
  });

  test('keeps an element without ids whole, as a block without id', () => {
    expect(splitBlocks('<p id="a">A</p><dl class="citation"><dt>DOI</dt></dl>')).toEqual([
      { id: 'a', html: '<p id="a">A</p>' },
      { id: undefined, html: '<dl class="citation"><dt>DOI</dt></dl>' },
    ]);
  });

  test('refuses text outside any element, which could not be paired', () => {
    expect(() => splitBlocks('<p id="a">A</p> stray words')).toThrow(/Text outside any element cannot be paired: "stray words"/);
  });
});

describe('pairBlocks', () => {
  test('pairs the blocks of both languages by id, each cell prefixed with its language', () => {
    const ja = '<h2 id="s-heading">見出し</h2><p id="s-1">一<a href="#t" interestfor="card-t">※1</a></p><dl><dt>DOI</dt></dl>';
    const en = '<h2 id="s-heading">Heading</h2><p id="s-1">One<a href="#t" interestfor="card-t">※1</a></p><dl><dt>DOI</dt></dl>';
    expect(pairBlocks('s', { ja, en })).toEqual([
      { id: 's-heading', cells: { ja: '<h2 id="ja-s-heading">見出し</h2>', en: '<h2 id="en-s-heading">Heading</h2>' } },
      {
        id: 's-1',
        cells: {
          ja: '<p id="ja-s-1">一<a href="#ja-t" interestfor="ja-card-t">※1</a></p>',
          en: '<p id="en-s-1">One<a href="#en-t" interestfor="en-card-t">※1</a></p>',
        },
      },
      { id: undefined, cells: { ja: '<dl><dt>DOI</dt></dl>', en: '<dl><dt>DOI</dt></dl>' } },
    ]);
  });

  test.each([
    // Ids in another order.
    ['<p id="a"></p><p id="b"></p>', '<p id="b"></p><p id="a"></p>', /Section "s": block 1 is a in ja but b in en/],
    // A block missing from the translation.
    ['<p id="a"></p><p id="b"></p>', '<p id="a"></p>', /block 2 is b in ja but nothing in en/],
    // A block without id where the other language has none.
    ['<p id="a"></p>', '<p id="a"></p><dl></dl>', /block 2 is nothing in ja but a block without id in en/],
  ])('refuses blocks that do not match: %s / %s', (ja, en, message) => {
    expect(() => pairBlocks('s', { ja, en })).toThrow(message);
  });
});

describe('perLanguage', () => {
  test('loads one value for each language', async () => {
    expect(await perLanguage(async (lang) => lang.toUpperCase())).toEqual({ ja: 'JA', en: 'EN' });
  });
});

describe('byPosition', () => {
  test('lines up the lists item by item', () => {
    expect(byPosition({ ja: ['概要', '用語解説'], en: ['Overview', 'Glossary'] })).toEqual([
      { ja: '概要', en: 'Overview' },
      { ja: '用語解説', en: 'Glossary' },
    ]);
  });

  test('refuses lists of different lengths', () => {
    expect(() => byPosition({ ja: ['a', 'b'], en: ['a'] })).toThrow('Cannot line up lists of different lengths: ja 2, en 1.');
  });
});
