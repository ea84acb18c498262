/**
 * Draws a page's share image (Open Graph, Twitter card): a 1200×630 PNG laid out by satori and
 * rasterised by resvg, with text turned into outlines from Noto Sans JP as npm ships it, so the
 * image looks the same on every machine and never depends on a system font.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { codePointsOf, subsetFile, subsetNames, subsetsFor, type FontSubset } from './font-subsets';
import { cardText, shareImageSize, type ShareCard } from './card';
import { lightColour } from '../site/theme';

export type Font = SatoriOptions['fonts'][number];

const weights = [400, 700] as const;
const require = createRequire(import.meta.url);
/**
 * Each font file, read once per build: satori keeps what it parsed of a font by the identity of its
 * bytes, so a file read afresh for every image was parsed afresh for every image, most of a build's
 * time for its share images.
 */
const files = new Map<string, Buffer>();
const fontFile = (file: string): Buffer => {
  let data = files.get(file);
  if (!data) files.set(file, (data = readFileSync(require.resolve(`@fontsource/noto-sans-jp/files/${file}`))));
  return data;
};
const unicode = JSON.parse(readFileSync(require.resolve('@fontsource/noto-sans-jp/unicode.json'), 'utf8')) as Record<
  string,
  string
>;

/** Every subset with the characters it draws in every weight used, read once and lazily. */
let subsets: FontSubset[] | undefined;
const allSubsets = (): FontSubset[] =>
  (subsets ??= subsetNames(unicode).map((name) => {
    const [regular, ...others] = weights.map((weight) => codePointsOf(fontFile(subsetFile(name, weight))));
    const codePoints = new Set([...(regular ?? [])].filter((point) => others.every((set) => set.has(point))));
    return { name, codePoints };
  }));

/**
 * The Noto Sans JP files that draw `text`, regular and bold, each subset under its own name so
 * satori falls back from one to the next glyph by glyph. Throws when a character has no glyph.
 */
export function fontsFor(text: string): Font[] {
  return subsetsFor(text, allSubsets()).flatMap((subset) =>
    weights.map((weight) => ({
      name: `Noto Sans JP ${subset.name}`,
      data: fontFile(subsetFile(subset.name, weight)),
      weight,
      style: 'normal' as const,
    })),
  );
}

/** Colours of the site's light scheme, from its theme. */
const colour = {
  ink: lightColour('--color-ink'),
  muted: lightColour('--color-ink-muted'),
  paper: lightColour('--color-paper'),
  rule: lightColour('--color-rule'),
  accent: lightColour('--color-accent'),
};

type Node = { type: string; props: { style: Record<string, string | number>; children: string | Node[] } };
const box = (style: Node['props']['style'], children: Node['props']['children']): Node => ({
  type: 'div',
  props: { style, children },
});

/** The card's layout: kicker, title, body, and a footer rule with institution and date. */
function layout(card: ShareCard): Node {
  const { width, height } = shareImageSize;
  const clamp = card.body.length === 1 ? 4 : 1;
  return box(
    {
      width,
      height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: '56px 72px 48px',
      background: colour.paper,
      color: colour.ink,
      borderTop: `16px solid ${colour.accent}`,
    },
    [
      box({ fontSize: 28, fontWeight: 700, color: colour.accent }, card.kicker),
      box(
        {
          display: 'block',
          width: '100%',
          marginTop: 20,
          fontSize: card.title.length > 24 ? 50 : 72,
          fontWeight: 700,
          lineHeight: 1.3,
          lineClamp: 3,
        },
        card.title,
      ),
      box(
        {
          display: 'flex',
          flexDirection: 'column',
          width: '100%',
          marginTop: 24,
          fontSize: 28,
          lineHeight: 1.6,
          color: colour.muted,
        },
        card.body.map((line) => box({ display: 'block', width: '100%', lineClamp: clamp }, line)),
      ),
      box(
        {
          display: 'flex',
          justifyContent: 'space-between',
          width: '100%',
          marginTop: 'auto',
          paddingTop: 20,
          borderTop: `2px solid ${colour.rule}`,
          fontSize: 24,
          color: colour.muted,
        },
        card.footer.map((part) => box({}, part)),
      ),
    ],
  );
}

/** Draws a card with the fonts given, as PNG bytes; tests call it with fonts that lack glyphs. */
export async function drawCard(card: ShareCard, fonts: Font[]): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(layout(card), { ...shareImageSize, fonts });
  return new Uint8Array(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
}

/** Where drawn images are kept between builds (beside Chromium's, in node_modules/.cache). */
export const shareImageCache = resolve('node_modules/.cache/share-images');

/** What decides an image's pixels besides its layout and fonts: the versions of what draws them. */
const drawers = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans-jp'].map(
  (name) =>
    `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`,
);

/**
 * Draws a card's share image with exactly the fonts its text needs, or takes it from `cache` when
 * the same layout was drawn with the same fonts and the same versions of satori, resvg and the
 * font: an unchanged card is drawn once, not at every build. Throws if a glyph is missing.
 * @param cache The folder of drawn images (default: `shareImageCache`).
 */
export async function renderShareImage(card: ShareCard, cache = shareImageCache): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = fontsFor(cardText(card));
  // The layout holds every word, size and colour the image shows, so its digest names the image.
  const key = createHash('sha256')
    .update(JSON.stringify([layout(card), fonts.map((font) => `${font.name} ${font.weight}`), drawers]))
    .digest('hex');
  const file = join(cache, `${key}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    const png = await drawCard(card, fonts);
    mkdirSync(cache, { recursive: true });
    // Written aside and renamed, so that a build stopped halfway leaves no half image to reuse.
    writeFileSync(`${file}.${process.pid}`, png);
    renameSync(`${file}.${process.pid}`, file);
    return png;
  }
}
