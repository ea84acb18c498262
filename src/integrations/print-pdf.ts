import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { launchChromium } from './chromium.ts';
import { pdfFontFile, pdfFontStylesheet } from './pdf-fonts.ts';
import { pinPdfDates, setPdfInfo } from './pdf-info.ts';
import { languages } from '../lib/languages.ts';
import { pagePath, pdfPath, withBase } from '../lib/urls.ts';

/** The origin the built site appears under inside the browser; every request is answered from its files. */
const origin = 'http://localhost';

/**
 * Prints each language's article from a built site to `<lang>/…pdf` (see `pdfPath`) with headless
 * Chromium: A4, the site's print stylesheet, JavaScript off (so the PDF is what any reader's own
 * print gives), drawn with the fonts from npm (see `pdf-fonts.ts`), tagged and with an outline,
 * Author and Subject taken from the page's meta tags.
 * The site is read from `dir` through request interception, so nothing is served or fetched.
 * @param dir Folder of the built site.
 * @param base The base path the site was built for (`BASE_PATH`).
 * @returns The PDF files written.
 */
export async function renderPdfs(dir: string, base: string): Promise<string[]> {
  const root = withBase(base, '');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    // Builds share the machine with other work; a slow page is no reason to fail the build.
    context.setDefaultNavigationTimeout(120_000);
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const font = url.origin === origin ? pdfFontFile(url.pathname) : undefined;
      if (font) return route.fulfill({ path: font });
      if (url.origin !== origin || !url.pathname.startsWith(root)) return route.abort();
      let file = join(dir, decodeURIComponent(url.pathname.slice(root.length)));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
    });
    const fonts = pdfFontStylesheet();
    const written: string[] = [];
    for (const lang of languages) {
      const page = await context.newPage();
      const response = await page.goto(origin + withBase(root, pagePath(lang, 'article')));
      if (!response?.ok()) throw new Error(`No article for "${lang}" in ${dir}: build the site first.`);
      await page.emulateMedia({ media: 'print' });
      // Playwright's addStyleTag waits on the page's own scripts, which are off: add it from outside.
      // Font files load once layout needs them, so lay the page out, then wait for every one.
      await page.evaluate(async (css) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        document.body.getBoundingClientRect();
        await document.fonts.ready;
      }, fonts);
      const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
      const [Author, Subject] = await Promise.all([meta('author'), meta('description')]);
      const info = Object.entries({ Author, Subject }).filter((entry): entry is [string, string] => Boolean(entry[1]));
      // Dated by the release (or SOURCE_DATE_EPOCH), not the moment of printing: two builds give the same bytes.
      const released = await page.locator('time[datetime]').first().getAttribute('datetime');
      const epoch = process.env['SOURCE_DATE_EPOCH'];
      const date = epoch ? new Date(Number(epoch) * 1000) : new Date(released ?? Number.NaN);
      const pdf = pinPdfDates(await page.pdf({ format: 'A4', preferCSSPageSize: true, tagged: true, outline: true }), date);
      const file = join(dir, pdfPath(lang));
      await writeFile(file, setPdfInfo(pdf, Object.fromEntries(info)));
      written.push(file);
      await page.close();
    }
    return written;
  } finally {
    await browser.close();
  }
}

/** Astro integration: once the site is built, prints the articles' PDFs into it, so the article's link to its PDF always works. */
export function printPdf(): AstroIntegration {
  let base = '/';
  return {
    name: 'print-pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await renderPdfs(fileURLToPath(dir), base);
        logger.info(`printed ${files.length} PDFs`);
      },
    },
  };
}
