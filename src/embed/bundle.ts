/** Builds the embeddable term card script (`/embed/v1/glossary-card.js`) with esbuild, each language's words and the card's stylesheet inlined. */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { useTranslations } from '../site/i18n';
import { textAround } from '../site/i18n-parts';
import { languages, type Lang } from '../site/languages';
import { token } from '../site/theme';
import { cardCss, type CardStrings } from './card';

/** One language's words of the card, from its dictionary; the other language's name goes between `other`'s two parts. */
function cardStrings(lang: Lang): CardStrings[Lang] {
  return { more: useTranslations(lang)('embed.cardMore'), other: textAround(lang, 'term.otherName', 'term') };
}

/**
 * The embed script, bundled and minified into one standalone file with the card's words from the
 * dictionaries and its stylesheet from the site's theme. Read from the project root: Astro runs endpoints from its build folder, where
 * `import.meta.url` no longer points at this source.
 */
export async function bundleEmbedScript(): Promise<string> {
  const strings = Object.fromEntries(languages.map((lang) => [lang, cardStrings(lang)])) as CardStrings;
  const { outputFiles } = await build({
    entryPoints: [resolve('src/embed/glossary-card.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: { STRINGS: JSON.stringify(strings), CARD_CSS: JSON.stringify(cardCss(token)) },
  });
  const [output] = outputFiles;
  if (!output) throw new Error('esbuild produced no embed script from src/embed/glossary-card.ts.');
  return output.text;
}
