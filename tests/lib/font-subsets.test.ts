import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { codePointsOf, subsetFile, subsetNames, subsetsFor } from '../../src/share-image/font-subsets';

const font = (name: string, weight = 400) =>
  readFileSync(`node_modules/@fontsource/noto-sans-jp/files/${subsetFile(name, weight)}`);
const unicode = JSON.parse(readFileSync('node_modules/@fontsource/noto-sans-jp/unicode.json', 'utf8')) as Record<
  string,
  string
>;
const subsets = subsetNames(unicode).map((name) => ({ name, codePoints: codePointsOf(font(name)) }));
const point = (char: string) => char.codePointAt(0) ?? 0;

describe('codePointsOf', () => {
  test('reads the characters a WOFF file really has glyphs for', () => {
    const latin = codePointsOf(font('latin'));
    expect(latin.has(point('A'))).toBe(true);
    expect(latin.has(point('é'))).toBe(true);
    // Declared in the file's unicode-range, yet not drawn by it.
    expect(unicode['latin']).toContain('U+2000-206F');
    expect(latin.has(point('※'))).toBe(false);
    // Listed in the cmap (its closing segment), mapped to no glyph.
    expect(latin.has(0xffff)).toBe(false);
  });

  test('finds ※ and kanji in the files of the Japanese subsets', () => {
    const all = new Set(subsets.flatMap((s) => [...s.codePoints]));
    for (const char of '※薬剤耐性がん細胞（）、。') expect(all.has(point(char)), char).toBe(true);
  });
});

describe('subsetNames', () => {
  test('puts Latin subsets first and numbered (CJK) ones last', () => {
    expect(subsetNames({ '[0]': 'U+4E00', cyrillic: 'U+0400', latin: 'U+0000-00FF', '[1]': 'U+4E01' })).toEqual([
      'latin',
      'cyrillic',
      '[0]',
      '[1]',
    ]);
  });
});

describe('subsetsFor', () => {
  test('picks only the subsets a text needs, Latin from the Latin file', () => {
    expect(subsetsFor('GSK3 inhibitor', subsets).map((s) => s.name)).toEqual(['latin']);
    const japanese = subsetsFor('GSK3阻害剤 ※5', subsets).map((s) => s.name);
    expect(japanese[0]).toBe('latin');
    expect(japanese.length).toBeGreaterThan(1);
    expect(japanese.length).toBeLessThan(6);
  });

  test('fails, naming each character no subset draws', () => {
    expect(() => subsetsFor('ALK 🫁', subsets)).toThrow('"🫁" (U+1FAC1)');
    const latinOnly = subsets.filter((s) => s.name === 'latin');
    expect(() => subsetsFor('Glossary ※4', latinOnly)).toThrow('"※" (U+203B)');
    expect(() => subsetsFor('薬剤', latinOnly)).toThrow(/"薬" \(U\+85AC\), "剤" \(U\+5264\)/);
  });

  test('covers every character of the glossary, in both languages', () => {
    for (const lang of ['ja', 'en']) {
      const text = readFileSync(`content/${lang}/glossary.mdx`, 'utf8');
      expect(() => subsetsFor(text, subsets), lang).not.toThrow();
    }
  });
});

describe('subsetFile', () => {
  test.each([
    ['[12]', 700, 'noto-sans-jp-12-700-normal.woff'],
    ['latin', 400, 'noto-sans-jp-latin-400-normal.woff'],
  ])('names the woff file of %s in weight %i', (name, weight, file) => {
    expect(subsetFile(name, weight)).toBe(file);
    expect(font(name, weight).length).toBeGreaterThan(1000);
  });
});
