/**
 * The fonts the PDFs are drawn with, all from npm (`@fontsource`), so that every machine prints
 * the same letters whatever fonts it has installed: Noto Sans JP for Japanese and the interface,
 * Noto Serif for English text. Chromium embeds these woff2 files as named CID TrueType subsets;
 * system OpenType CJK fonts would embed as unnamed Type 3 glyphs, several times larger.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The URL path under which the printing browser asks for the font files. */
export const pdfFontsPath = '/__pdf-fonts/';

/** The @fontsource packages the fonts come from. */
type FontPackage = 'noto-serif' | 'noto-sans-jp';

/**
 * The @fontsource stylesheets used, by package, with the family each declares its faces under:
 * weights and styles the print stylesheet asks for.
 */
const stylesheets: Record<FontPackage, Record<string, readonly string[]>> = {
  'noto-serif': { 'Noto Serif': ['400.css', '700.css', '400-italic.css', '700-italic.css'] },
  'noto-sans-jp': {
    // One file per weight for all of Japanese, so a PDF embeds one font per weight rather than one
    // per unicode-range slice (about a hundred).
    'Noto Sans JP': [
      'japanese-400.css',
      'japanese-700.css',
      'latin-400.css',
      'latin-700.css',
      'latin-ext-400.css',
      'latin-ext-700.css',
    ],
    // The slices, as a last resort for the symbols the files above lack (※, →): Chromium fetches
    // only the slices whose unicode-range holds a character no earlier family could draw.
    'Noto Sans JP slices': ['400.css', '700.css'],
  },
};

const require = createRequire(import.meta.url);
const packageDir = (name: FontPackage) => dirname(require.resolve(`@fontsource/${name}/package.json`));

/**
 * The print stylesheet's font families, restricted to the fonts from npm: no character falls
 * through to a system font.
 */
const families = `
:root {
  --font-ja: 'Noto Sans JP', 'Noto Sans JP slices';
  --font-en: 'Noto Serif', 'Noto Sans JP', 'Noto Sans JP slices';
  --font-ui: 'Noto Sans JP', 'Noto Sans JP slices';
}`;

/**
 * A stylesheet that declares the fonts, each file at `pdfFontsPath`, and sets the site's font
 * families to them. Chromium fetches only the files a page uses.
 */
export function pdfFontStylesheet(): string {
  const faces = (Object.entries(stylesheets) as Array<[FontPackage, Record<string, readonly string[]>]>).flatMap(
    ([name, byFamily]) =>
      Object.entries(byFamily).flatMap(([family, files]) =>
        files.map((file) =>
          readFileSync(join(packageDir(name), file), 'utf8')
            .replace(/font-family: '[^']*';/g, `font-family: '${family}';`)
            // The woff2 source alone: every browser that prints PDFs reads it.
            .replace(
              /src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)[^;]*;/g,
              `src: url(${pdfFontsPath}${name}/$1) format('woff2');`,
            ),
        ),
      ),
  );
  return [...faces, families].join('\n');
}

/**
 * The font file a request under `pdfFontsPath` asks for, or undefined for any other path.
 * @example pdfFontFile('/__pdf-fonts/noto-serif/noto-serif-latin-400-normal.woff2') // '…/@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2'
 */
export function pdfFontFile(path: string): string | undefined {
  const [name, file, ...rest] = path.startsWith(pdfFontsPath) ? path.slice(pdfFontsPath.length).split('/') : [];
  if (!name || !file || rest.length || !(name in stylesheets) || !/^[\w-]+\.woff2$/.test(file)) return undefined;
  return join(packageDir(name as FontPackage), 'files', file);
}
