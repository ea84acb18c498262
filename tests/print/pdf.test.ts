import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/site/i18n';
import { languages } from '../../src/site/languages';
import { pdfPath } from '../../src/site/urls';
import { readBuiltPdfs } from '../support/pdf';
import { distDir, href, loadPage } from '../support/site';
import { normalizeText } from '../support/text';

/** A4 in PostScript points; Chromium's page box is within a point of it. */
const a4 = { width: 595.28, height: 841.89 };

/** The built article's blocks of text a reader of the printed page must find, in reading order. */
function printedBlocks(document: Document): string[] {
  const article = document.querySelector('main article');
  if (!article) throw new Error('The article page has no <article>.');
  const copy = article.cloneNode(true) as HTMLElement;
  // What print leaves out: chrome marked print:hidden and the glossary's ↩ links back; and what it
  // adds: an external link's address after it.
  for (const chrome of copy.querySelectorAll('.print\\:hidden, .backlinks')) chrome.remove();
  for (const link of copy.querySelectorAll('a[href^="http"]')) link.append(` <${link.getAttribute('href')}>`);
  return [...copy.querySelectorAll('h1, h2, h3, p, li, dt, dd, address')]
    .filter((block) => !block.querySelector('p, li, dt, dd'))
    .map((block) => normalizeText(block.textContent))
    .filter(Boolean);
}

const readings = await readBuiltPdfs(distDir);

describe.each(languages)('the %s PDF', (lang) => {
  const document = loadPage(`/${lang}/`);
  const t = useTranslations(lang);
  const pdf = readings.get(lang)!;
  const pages = pdf.pages.length;
  const pageText = pdf.pages.map((page) => page.lines.join('\n'));
  const title = document.querySelector('title')?.textContent ?? '';
  /** The running header of a page, as it reads at the top of the page's text. */
  const header = (index: number) => normalizeText(`${index > 0 ? title : ''}${index + 1} / ${pages}`);
  /** The text of every page without its running header, joined. */
  const body = pageText.map((text, index) => normalizeText(text).replace(header(index), '')).join('');
  const all = normalizeText(pageText.join(''));

  test('is linked from the article, next to the print button', () => {
    const link = document.querySelector('.print-actions a[type="application/pdf"]');
    expect(link?.getAttribute('href')).toBe(href(`/${pdfPath(lang)}`));
    expect(link?.textContent).toBe(t('print.pdf'));
  });

  test("carries the article's title, author and language", () => {
    expect(pdf.info['Title']).toBe(title);
    expect(pdf.info['Author']).toBe(document.querySelector('meta[name="author"]')?.getAttribute('content'));
    expect(pdf.info['Author']).toMatch(lang === 'ja' ? /がん研究会/ : /Japanese Foundation for Cancer Research/);
    expect(pdf.info['Language']).toBe(lang);
    expect(pdf.tagged).toBe(true);
  });

  // How many pages, and how they break: tests/print/pdf-layout.test.ts.
  test('is A4', () => {
    for (const page of pdf.pages) {
      expect(Math.abs(page.width - a4.width), `width ${page.width}`).toBeLessThan(1);
      expect(Math.abs(page.height - a4.height), `height ${page.height}`).toBeLessThan(1);
    }
  });

  test('holds the whole text of the article, as real text', () => {
    const blocks = printedBlocks(document);
    expect(blocks.length).toBeGreaterThan(30);
    expect(blocks.filter((block) => !body.includes(block))).toEqual([]);
  });

  test('prints each glossary definition once, as the numbered notes', () => {
    const entries = [...document.querySelectorAll('.glossary-entry')];
    expect(entries.length).toBe(5);
    for (const entry of entries) {
      const term = normalizeText(entry.querySelector('dt')?.textContent ?? '');
      const definition = normalizeText(entry.querySelector('dd p')?.textContent ?? '');
      expect(body.split(definition).length - 1, definition.slice(0, 20)).toBe(1);
      expect(body, 'the numbered term, then its definition').toContain(term + definition);
    }
  });

  test('keeps every ※ marker, and numbers the notes the same way', () => {
    const markers = document.querySelectorAll('article a.term-ref').length;
    const notes = document.querySelectorAll('.glossary-entry').length;
    expect(markers).toBeGreaterThanOrEqual(notes);
    expect(body.match(/※\d+/g)?.length).toBe(markers + notes);
  });

  test('follows each external link with its address', () => {
    const external = [...document.querySelectorAll('article a[href^="http"]')].map((a) => a.getAttribute('href') ?? '');
    expect(external.length).toBeGreaterThan(0);
    for (const href of external) expect(body).toContain(`<${href}>`);
  });

  test('leaves out the navigation, buttons and hover cards', () => {
    const labels = [
      'nav.skip',
      'nav.toc',
      'nav.switch',
      'site.name',
      'term.more',
      'term.close',
      'print.button',
      'print.pdf',
    ] as const;
    const leaked = labels.filter((key) => all.includes(normalizeText(t(key))));
    expect(leaked).toEqual([]);
    expect(all).not.toMatch(/[↩×]/);
  });

  test('heads every page with "n / N", and every page but the first also with the title', () => {
    for (const [index, text] of pageText.entries())
      expect(normalizeText(text).slice(0, header(index).length)).toBe(header(index));
  });

  test('draws its text only with the fonts from npm, each embedded as a named TrueType subset', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const font of pdf.fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, type: 'CIDFontType2' });
      // A system CJK font would read NotoSansCJKjp-…, DejaVu DejaVuSans-…
      expect(font.name).toMatch(/^[A-Z]{6}\+(NotoSansJP|NotoSerif)[A-Za-z]*-[A-Za-z]+$/);
    }
  });

  test('weighs at most 300 KB', () => {
    expect(statSync(join(distDir, pdfPath(lang))).size).toBeLessThanOrEqual(300 * 1024);
  });
});
