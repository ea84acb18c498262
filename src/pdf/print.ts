/** Prints each language's article of a built site to PDF, with its metadata from the content. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { launchChromium } from './chromium.ts';
import { pdfFontFile, pdfFontStylesheet } from './fonts.ts';
import { pdfInfo, pinPdfDates, setPdfInfo } from './info.ts';
import { writeOutput } from '../integrations/write-output.ts';
import { languages } from '../site/languages.ts';
import { pagePath, pdfPath, withBase } from '../site/urls.ts';
import { contentDir } from '../content/loaders/content-dir.ts';
import { editionSchema, type EditionData } from '../content/schema.ts';

/** The origin the built site appears under inside the browser; every request is answered from its files. */
const origin = 'http://localhost';

/**
 * Prints each language's article from a built site to `<lang>/…pdf` (see `pdfPath`) with headless
 * Chromium: A4, the site's print stylesheet, JavaScript off (so the PDF is what any reader's own
 * print gives), drawn with the fonts from npm (see `fonts.ts`), tagged and with an outline,
 * its Title, Author, Subject and date from the language's `edition.yaml` (see `pdfInfo`); Chromium
 * writes the document's language from the page's `<html lang>`.
 * The site is read from `dir` through request interception, so nothing is served or fetched.
 * @param dir Folder of the built site.
 * @param base The base path the site was built for (`BASE_PATH`).
 * @param project The project root, which the content directory is relative to.
 * @returns The PDF files written.
 */
export async function renderPdfs(dir: string, base: string, project: string): Promise<string[]> {
  const root = withBase(base, '');
  const browser = await launchChromium();
  try {
    // The pages' own Content-Security-Policy (their <meta>) would block the fonts' stylesheet added below.
    const context = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
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
      const edition = readEdition(project, lang);
      // Dated by the release (or SOURCE_DATE_EPOCH), not the moment of printing: two builds give the same bytes.
      const epoch = process.env['SOURCE_DATE_EPOCH'];
      const date = epoch ? new Date(Number(epoch) * 1000) : edition.date;
      const pdf = pinPdfDates(
        await page.pdf({ format: 'A4', preferCSSPageSize: true, tagged: true, outline: true }),
        date,
      );
      const file = join(dir, pdfPath(lang));
      await writeOutput(file, setPdfInfo(pdf, pdfInfo(edition)));
      written.push(file);
      await page.close();
    }
    return written;
  } finally {
    await browser.close();
  }
}

/**
 * One language's title block, read from `<content>/<lang>/edition.yaml` with the schema its
 * collection is checked with: this runs after the build, and from `npm run pdf`, without Astro's store.
 */
function readEdition(project: string, lang: string): EditionData {
  const file = resolve(project, contentDir, lang, 'edition.yaml');
  if (!existsSync(file))
    throw new Error(`${file} is missing: the PDF of "${lang}" takes its title, author and subject from it.`);
  return editionSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** Astro integration: once the site is built, prints the articles' PDFs into it, so the article's link to its PDF always works. */
export function printPdf(): AstroIntegration {
  let base = '/';
  let project = process.cwd();
  return {
    name: 'print-pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        project = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await renderPdfs(fileURLToPath(dir), base, project);
        logger.info(`printed ${files.length} PDFs`);
      },
    },
  };
}
