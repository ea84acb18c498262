import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/site/i18n';
import { languages, originalLang, type Lang } from '../../src/site/languages';
import { href, loadPage } from '../support/site';

/** Elements with an id in an edition's sections, in reading order: headings, blocks and what they hold. */
function editionElements(lang: Lang): Element[] {
  return [...loadPage(`/${lang}/`).querySelectorAll('.article-section [id]:not(section)')];
}

const editionIds = (lang: Lang) => editionElements(lang).map((el) => el.id);

/**
 * Ids of an edition's blocks: elements with an id directly in a section, not inside another such
 * element, nor shapes the drawing defines for its own use.
 */
const blockIds = (lang: Lang) =>
  editionElements(lang)
    .filter((el) => !el.closest('defs') && el.parentElement?.closest('[id]')?.tagName === 'SECTION')
    .map((el) => el.id);

const cell = (lang: Lang) => `.pair-cell[lang="${lang}"]`;

/** A link's accessible name: its label, or, for a link that shows only an icon, its title. */
const nameOf = (link: Element | null | undefined) =>
  link?.getAttribute('aria-label') ?? link?.getAttribute('title') ?? '';

describe.each(languages)('the parallel view with its interface in %s', (ui) => {
  const document = loadPage(`/${ui}/parallel/`);
  const all = [...document.querySelectorAll('[id]')].map((el) => el.id);

  test('has one id per element, whatever both languages share', () => {
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
  });

  test.each(languages)('shows every block of the %s edition in its column, in order', (lang) => {
    // Besides "What this means", which pairs whole (tests/pages/meaning.test.ts).
    const ids = [...document.querySelectorAll(`${cell(lang)} [id]`)]
      .filter((el) => !el.closest('.meaning'))
      .map((el) => el.id);
    expect(ids).toEqual(editionIds(lang).map((id) => `${lang}-${id}`));
    expect(ids.length).toBeGreaterThan(25);
  });

  test('pairs each block with its counterpart in one row, Japanese first', () => {
    const rows = [...document.querySelectorAll('.pair[id]')];
    expect(rows.map((row) => row.id)).toEqual(blockIds(originalLang));
    for (const row of rows) {
      const cells = [...row.children].map((c) => [c.getAttribute('lang'), c.querySelector('[id]')?.id]);
      expect(cells).toEqual(languages.map((lang) => [lang, `${lang}-${row.id}`]));
    }
  });

  test('pairs the glossary entry with entry, each with its number', () => {
    const entries = [...document.querySelectorAll('#glossary .pair')].filter((row) =>
      row.querySelector('.glossary-entry'),
    );
    expect(entries).toHaveLength(loadPage('/ja/').querySelectorAll('.glossary-entry').length);
    entries.forEach((row, index) => {
      const numbers = languages.map(
        (lang) => row.querySelector(`${cell(lang)} .glossary-entry .glossary-number`)?.textContent,
      );
      expect(numbers).toEqual(languages.map(() => `※${index + 1}`));
    });
  });

  test.each(languages)('opens the %s cards and glossary entries from the %s column', (lang) => {
    const markers = [...document.querySelectorAll(`${cell(lang)} a[data-term-ref]`)];
    expect(markers).toHaveLength(loadPage(`/${lang}/`).querySelectorAll('a[data-term-ref]').length);
    for (const marker of markers) {
      const entry = document.getElementById(marker.getAttribute('href')?.slice(1) ?? '');
      const card = document.getElementById(marker.getAttribute('data-term-ref') ?? '');
      expect(entry?.closest('.pair-cell')?.getAttribute('lang')).toBe(lang);
      expect(card?.closest('.term-cards')?.getAttribute('lang')).toBe(lang);
      expect(card?.hasAttribute('popover')).toBe(true);
      expect(marker.getAttribute('interestfor')).toBe(card?.id);
      expect(card?.querySelector('.term-card-number')?.textContent).toBe(marker.textContent);
    }
  });

  // Every fragment link and id reference of the page resolves: tests/quality/links.test.ts, on every page.
  test('links each cell back to the same place in its edition, each link named by the place it leads to', () => {
    const editions = Object.fromEntries(languages.map((lang) => [lang, loadPage(`/${lang}/`)]));
    const names = new Map<string, string>();
    for (const row of document.querySelectorAll('.pair[id]')) {
      for (const lang of languages) {
        const link = row.querySelector(`${cell(lang)} > a.edition-link`);
        expect(link?.getAttribute('href')).toBe(href(`/${lang}/#${row.id}`));
        names.set(`${lang} ${row.id}`, nameOf(link));
        expect(editions[lang]?.getElementById(row.id)).not.toBeNull();
      }
    }
    expect(names.get('en overview-2')).toBe('Overview, paragraph 2, in the English edition');
    expect(names.get('ja points-1')).toBe('日本語版のポイントの1点目へ');
    expect(names.get('en overview-heading')).toBe('Overview, in the English edition');
  });
});

// That no block inside another links to the view (a figure's parts): the mdx-parallel fixture "figure".
describe.each(languages)('the %s edition', (lang) => {
  const document = loadPage(`/${lang}/`);
  const parallel = loadPage(`/${lang}/parallel/`);
  const t = useTranslations(lang);

  test('links every paragraph, list item and address to its row in the parallel view, each link named by its place, out of the tab order', () => {
    const blocks = [...document.querySelectorAll('.article-section :is(p, li, address)[id]')].filter(
      (el) => el.parentElement?.closest('[id]')?.tagName === 'SECTION',
    );
    expect(blocks.length).toBeGreaterThan(15);
    for (const block of blocks) {
      const link = block.querySelector(':scope > a.parallel-link:last-child');
      expect(link?.getAttribute('href'), block.id).toBe(href(`/${lang}/parallel/#${block.id}`));
      expect(link?.getAttribute('tabindex')).toBe('-1');
      expect(parallel.getElementById(block.id)?.classList.contains('pair')).toBe(true);
    }
    const names = blocks.map((block) => nameOf(block.querySelector(':scope > a.parallel-link')));
    expect(new Set(names).size).toBe(blocks.length);
    expect(names[blocks.findIndex((b) => b.id === 'overview-2')]).toBe(
      t('parallel.toParallel', {
        where: t('glance.paragraph', { section: lang === 'en' ? 'Overview' : '研究の概要', n: 2 }),
      }),
    );
  });

  test('links every section from the contents to its first row in the parallel view: the ⇄ links a keyboard reaches', () => {
    const sections = [...document.querySelectorAll('section.article-section')];
    const links = [...document.querySelectorAll('.toc a.parallel-link')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      sections.map((section) => href(`/${lang}/parallel/#${section.id}-heading`)),
    );
    for (const [i, link] of links.entries()) {
      expect(link.hasAttribute('tabindex')).toBe(false);
      expect(nameOf(link)).toBe(
        t('parallel.toParallel', { where: sections[i]?.querySelector(':scope > :is(h2, h3)')?.textContent ?? '' }),
      );
      expect(parallel.getElementById(`${sections[i]?.id}-heading`)?.classList.contains('pair')).toBe(true);
    }
  });

  test('adds no visible text to the blocks it links, and nothing to print', () => {
    const links = [...document.querySelectorAll('a.parallel-link')];
    expect(new Set(links.map((a) => a.textContent))).toEqual(new Set(['']));
    // Each hidden in print, itself or with the contents it stands in.
    const printed = (a: Element | null): boolean =>
      !a || (!a.classList.contains('print:hidden') && printed(a.parentElement));
    expect(links.filter(printed).map((a) => a.getAttribute('href'))).toEqual([]);
  });
});
