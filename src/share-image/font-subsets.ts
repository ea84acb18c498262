/**
 * Picks the files of a Fontsource font that draw a text. Fontsource splits a CJK font into about a
 * hundred files; share images load only the few their text needs, and a character no file has a
 * glyph for stops the build instead of turning into tofu.
 */
import { create } from 'fontkitten';

/** One file of the font: the subset's name and the characters it has glyphs for. */
export interface FontSubset {
  /** Subset name as Fontsource's `unicode.json` gives it, e.g. `[12]` or `latin`. */
  name: string;
  codePoints: ReadonlySet<number>;
}

/**
 * Every code point a font file has a glyph for. Read from the font itself, not from the unicode-range
 * it is declared with, which says what the file is meant for rather than what it draws (Noto Sans JP's
 * Latin file claims U+2000–206F but has no ※); its cmap also lists code points it maps to no glyph.
 * @param file The bytes of a font file (WOFF, TTF…), not a collection.
 */
export function codePointsOf(file: Buffer): Set<number> {
  const font = create(file);
  if (font.isCollection) throw new Error('A font collection, where one font was expected.');
  return new Set(font.characterSet.filter((point) => font.hasGlyphForCodePoint(point)));
}

/**
 * The subset names of Fontsource's `unicode.json`, Latin ones first, other scripts next, numbered
 * (CJK) ones last: other files have ASCII too, and Latin text should take the small Latin file.
 * @example subsetNames({ '[0]': 'U+4E00', cyrillic: 'U+0400-045F', latin: 'U+0000-00FF' }) // ['latin', 'cyrillic', '[0]']
 */
export function subsetNames(unicode: Record<string, string>): string[] {
  const rank = (name: string) => (name === 'latin' ? 0 : name.startsWith('latin') ? 1 : name.startsWith('[') ? 3 : 2);
  return Object.keys(unicode).sort((a, b) => rank(a) - rank(b));
}

/**
 * The subsets needed to draw `text`, each character from the first subset that has it; throws,
 * naming each character no subset has, so a share image can never show tofu.
 */
export function subsetsFor(text: string, subsets: readonly FontSubset[]): FontSubset[] {
  const needed = new Set<FontSubset>();
  const missing = new Set<string>();
  // Control characters (line breaks) are layout, not glyphs.
  for (const char of new Set(text.replace(/\p{Cc}/gu, ''))) {
    const point = char.codePointAt(0) ?? 0;
    const subset = subsets.find((s) => s.codePoints.has(point));
    if (subset) needed.add(subset);
    else missing.add(`"${char}" (U+${point.toString(16).toUpperCase().padStart(4, '0')})`);
  }
  if (missing.size)
    throw new Error(
      `The share-image font has no glyph for ${[...missing].join(', ')}. Reword the text or add a font that has it.`,
    );
  return subsets.filter((s) => needed.has(s));
}

/**
 * File name of one subset of Noto Sans JP in one weight, as Fontsource names its woff files.
 * @example subsetFile('[12]', 700) // 'noto-sans-jp-12-700-normal.woff'
 */
export function subsetFile(name: string, weight: number): string {
  return `noto-sans-jp-${name.replace(/[[\]]/g, '')}-${weight}-normal.woff`;
}
