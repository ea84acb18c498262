import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/lib/i18n';
import { languages } from '../../src/lib/languages';
import { pdfPath } from '../../src/lib/urls';
import { distDir, loadPage } from '../support/site';
import { normalizeText } from '../support/text';

/** Runs one of poppler's tools and returns what it prints. */
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

/** The built article's blocks of text a reader of the printed page must find, in reading order. */
function printedBlocks(document: Document): string[] {
  const article = document.querySelector('main article');
  if (!article) throw new Error('The article page has no <article>.');
  const copy = article.cloneNode(true) as HTMLElement;
  // What print leaves out: chrome marked print:hidden and the glossary's ↩ links back.
  for (const chrome of copy.querySelectorAll('.print\\:hidden, .backlinks')) chrome.remove();
  return [...copy.querySelectorAll('h1, h2, h3, p, li, dt, dd, address')]
    .filter((block) => !block.querySelector('p, li, dt, dd'))
    .map((block) => normalizeText(block.textContent ?? ''))
    .filter(Boolean);
}

describe.each(languages)('the %s PDF', (lang) => {
  const file = join(distDir, pdfPath(lang));
  const document = loadPage(`/${lang}/`);
  const t = useTranslations(lang);
  if (!existsSync(file)) throw new Error(`The build did not print ${file}: the print-pdf integration should have.`);

  const info = poppler('pdfinfo', '-enc', 'UTF-8', file);
  const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1];
  const pages = Number(field('Pages'));
  const pageText = Array.from({ length: pages }, (_, i) => poppler('pdftotext', '-raw', '-enc', 'UTF-8', '-f', `${i + 1}`, '-l', `${i + 1}`, file, '-'));
  const title = document.querySelector('title')?.textContent ?? '';
  /** The running header of a page, as it reads at the top of the page's text. */
  const header = (index: number) => normalizeText(`${index > 0 ? title : ''}${index + 1} / ${pages}`);
  /** The text of every page without its running header, joined. */
  const body = pageText.map((text, index) => normalizeText(text).replace(header(index), '')).join('');
  const all = normalizeText(pageText.join(''));

  test('is linked from the article, next to the print button', () => {
    const link = document.querySelector('.print-actions a[type="application/pdf"]');
    expect(link?.getAttribute('href')).toBe(`/${pdfPath(lang)}`);
    expect(link?.textContent).toBe(t('print.pdf'));
  });

  test("carries the article's title, author and language", () => {
    expect(field('Title')).toBe(title);
    expect(field('Author')).toBe(document.querySelector('meta[name="author"]')?.getAttribute('content'));
    expect(field('Author')).toMatch(lang === 'ja' ? /がん研究会/ : /Japanese Foundation for Cancer Research/);
    expect(readFileSync(file, 'latin1')).toContain(`/Lang (${lang})`);
    expect(field('Tagged')).toBe('yes');
  });

  // Measured: 6 in Japanese, 6 to 7 in English. Fewer means lost text, more a layout gone wrong.
  test('is A4 and takes 3 to 8 pages', () => {
    expect(field('Page size')).toContain('(A4)');
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(8);
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
    expect(markers).toBeGreaterThanOrEqual(5);
    expect(body.match(/※\d/g)?.length).toBe(markers + 5);
  });

  test('follows each external link with its address', () => {
    const external = [...document.querySelectorAll('article a[href^="http"]')].map((a) => a.getAttribute('href') ?? '');
    expect(external.length).toBeGreaterThan(0);
    for (const href of external) expect(body).toContain(`<${href}>`);
  });

  test('leaves out the navigation, buttons and hover cards', () => {
    const labels = ['nav.skip', 'nav.toc', 'nav.switch', 'site.name', 'term.more', 'term.close', 'print.button', 'print.pdf'] as const;
    const leaked = labels.filter((key) => all.includes(normalizeText(t(key))));
    expect(leaked).toEqual([]);
    expect(all).not.toMatch(/[↩×]/);
  });

  test('heads every page with "n / N", and every page but the first also with the title', () => {
    for (const [index, text] of pageText.entries()) expect(normalizeText(text).slice(0, header(index).length)).toBe(header(index));
  });

  test('ends no page with a heading', () => {
    const headings = new Set([...document.querySelectorAll('article :is(h2, h3)')].map((h) => normalizeText(h.textContent ?? '')));
    const lastLines = pageText.map((text) => normalizeText(text.trim().split('\n').at(-1) ?? ''));
    expect(lastLines.filter((line) => headings.has(line))).toEqual([]);
  });

  test('embeds every font, each with a map back to the text', () => {
    const rows = poppler('pdffonts', file).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [emb, , uni] = row.trim().split(/\s+/).slice(-5);
      expect({ row, emb, uni }).toEqual({ row, emb: 'yes', uni: 'yes' });
    }
  });
});
