/**
 * Screenshots of every page, to show that a CSS refactor changed nothing a reader sees: shoot the
 * build from before and the build from after, compare, and look at the diff images of what differs.
 *
 *   npm run screens -- shoot <distDir> <outDir>
 *   npm run screens -- compare <beforeDir> <afterDir> <diffDir>
 *
 * `shoot` takes a full-page PNG of each built page at 360 and 1280 px wide, light and dark, named
 * e.g. `_ja_glossary_--360-dark.png`. BASE_PATH names the base the site was built for (default
 * `/`), as it does for the build. `compare` prints one line per PNG and a count, and writes a diff
 * PNG for each that differs: differing pixels red over a faded copy of the after image. It always
 * exits 0: it reports, a human judges.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/pdf/chromium.ts';
import { builtPages } from '../tests/support/pages.ts';
import { visitSite } from './measure.ts';

const widths = [360, 1280] as const;
const schemes = ['light', 'dark'] as const;
/** Tabs at once: the machine this runs on may have two cores, and other work on them. */
const tabs = 2;

/** The PNG's name for one page and one way of looking at it, e.g. `_ja_--360-light.png`. */
export function shotName(path: string, width: number, scheme: string): string {
  return `${path.replaceAll('/', '_')}--${width}-${scheme}.png`;
}

/** Takes every page's screenshots; resolves with how many it wrote. */
export async function shoot(dir: string, out: string, base = '/'): Promise<number> {
  mkdirSync(out, { recursive: true });
  const jobs = builtPages(dir).flatMap((path) =>
    widths.flatMap((width) => schemes.map((scheme) => ({ path, width, scheme }))),
  );
  // Served with the site's own headers, so that its Content-Security-Policy applies as on the host.
  // A locale the site lacks, so that the entry page stays put instead of going on to an edition.
  await visitSite(
    dir,
    jobs,
    async (page, root, job) => {
      await page.setViewportSize({ width: job.width, height: 800 });
      await page.emulateMedia({ colorScheme: job.scheme, reducedMotion: 'reduce' });
      await page.goto(root + job.path.slice(1), { waitUntil: 'load' });
      // Fonts first, then two frames, so that what is shot is laid out in its final fonts.
      await page.evaluate(async () => {
        await document.fonts.ready;
        for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
      });
      // Transitions ended and no caret, so that two shots of one build are the same pixels.
      await page.screenshot({
        path: join(out, shotName(job.path, job.width, job.scheme)),
        fullPage: true,
        animations: 'disabled',
        caret: 'hide',
      });
    },
    { base, tabs, context: { locale: 'de-DE', timezoneId: 'UTC', deviceScaleFactor: 1 } },
  );
  return jobs.length;
}

/** How two PNGs of the same name compare, as Chromium decodes them. */
interface Comparison {
  before: { width: number; height: number };
  after: { width: number; height: number };
  differing: number;
  /** The diff image as a `data:` URL, when any pixel differs. */
  diff?: string;
}

/**
 * Compares the PNGs of two folders; prints a line for each and a count at the end. Chromium decodes
 * and compares them (canvas `getImageData`), so the project needs no image library to do it.
 */
export async function compare(beforeDir: string, afterDir: string, diffDir: string, browser?: Browser): Promise<void> {
  const pngs = (dir: string) => new Set(readdirSync(dir).filter((name) => name.endsWith('.png')));
  const [before, after] = [pngs(beforeDir), pngs(afterDir)];
  const names = [...new Set([...before, ...after])].sort();
  const counts = { same: 0, differ: 0, missing: 0 };
  mkdirSync(diffDir, { recursive: true });
  const chromium = browser ?? (await launchChromium());
  try {
    const page = await chromium.newPage();
    for (const name of names) {
      if (!before.has(name) || !after.has(name)) {
        counts.missing++;
        console.log(`${name}  missing ${before.has(name) ? 'after' : 'before'}`);
        continue;
      }
      const dataUrl = (dir: string) => `data:image/png;base64,${readFileSync(join(dir, name)).toString('base64')}`;
      const result = await page.evaluate(compareInPage, { before: dataUrl(beforeDir), after: dataUrl(afterDir) });
      const { before: b, after: a, differing } = result;
      if (result.diff) writeFileSync(join(diffDir, name), Buffer.from(result.diff.split(',')[1] ?? '', 'base64'));
      if (!differing) counts.same++;
      else counts.differ++;
      const percent = ((100 * differing) / (Math.max(a.width, b.width) * Math.max(a.height, b.height))).toFixed(2);
      const sized = b.width !== a.width || b.height !== a.height;
      console.log(
        `${name}  ${sized ? `size ${b.width}x${b.height} -> ${a.width}x${a.height}` : differing ? `differs: ${differing} pixels (${percent}%)` : 'same'}`,
      );
    }
  } finally {
    await (browser ? undefined : chromium.close());
  }
  console.log(
    `\n${names.length} screenshots: ${counts.same} same, ${counts.differ} differ, ${counts.missing} missing${counts.differ ? ` (diffs in ${diffDir})` : ''}`,
  );
}

/**
 * Runs in the page: decodes both images, counts pixels whose colour differs over the area of the
 * larger (where only one has a pixel, it differs), and draws the diff when any does.
 */
async function compareInPage(urls: { before: string; after: string }): Promise<Comparison> {
  const pixels = async (url: string) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas.');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, canvas.width, canvas.height);
  };
  const [b, a] = await Promise.all([pixels(urls.before), pixels(urls.after)]);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const diff = new ImageData(width, height);
  let differing = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const ia = x < a.width && y < a.height ? (y * a.width + x) * 4 : -1;
      const ib = x < b.width && y < b.height ? (y * b.width + x) * 4 : -1;
      let same = ia >= 0 && ib >= 0;
      for (let c = 0; same && c < 4; c++) same = a.data[ia + c] === b.data[ib + c];
      if (!same) differing++;
      // Faded three quarters of the way to white, so that red stands out on light and dark shots.
      for (let c = 0; c < 3; c++) diff.data[i + c] = same ? 191 + ((a.data[ia + c] ?? 0) >> 2) : c === 0 ? 255 : 0;
      diff.data[i + 3] = 255;
    }
  }
  const result: Comparison = {
    before: { width: b.width, height: b.height },
    after: { width: a.width, height: a.height },
    differing,
  };
  if (!differing) return result;
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')?.putImageData(diff, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  const reader = new FileReader();
  // A data URL's reader result is a string.
  const dataUrl = new Promise<string>((resolve) => (reader.onload = () => resolve(reader.result as string)));
  reader.readAsDataURL(blob);
  return { ...result, diff: await dataUrl };
}

const [command, ...dirs] = process.argv.slice(2);
if (command === 'shoot' && dirs.length === 2) {
  const started = performance.now();
  const count = await shoot(dirs[0] ?? '', dirs[1] ?? '', process.env['BASE_PATH'] ?? '/');
  console.log(`${count} screenshots in ${dirs[1]}, ${((performance.now() - started) / 1000).toFixed(1)} s wall time`);
} else if (command === 'compare' && dirs.length === 3) {
  await compare(dirs[0] ?? '', dirs[1] ?? '', dirs[2] ?? '');
} else {
  console.error(
    'usage: npm run screens -- shoot <distDir> <outDir>\n       npm run screens -- compare <beforeDir> <afterDir> <diffDir>',
  );
  process.exitCode = 1;
}
