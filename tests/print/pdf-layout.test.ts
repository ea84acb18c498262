import { describe, expect, test } from 'vitest';
import { languages, originalLang, type Lang } from '../../src/site/languages';
import { readBuiltPdfs, type PdfItem, type PdfReading } from '../support/pdf';
import { distDir, loadPage } from '../support/site';
import { normalizeText } from '../support/text';

/** The page box of print/site.css (`@page { margin: 20mm 22mm }`) in PostScript points, y from the page's foot. */
const mm = 72 / 25.4;
const textFoot = 20 * mm;
const textHead = 20 * mm;

/** Measured: 6 pages in English, 5 in Japanese. More is a layout gone loose again (the pages were 7 before), fewer lost text. */
const pageCounts: Record<Lang, [min: number, max: number]> = { ja: [5, 6], en: [5, 6] };
/** Fewer lines than this on a page, besides the running header and the footer, is a page a publisher would not print. */
const fewestLines = 6;
/**
 * How high above the foot of the text block a page's last line may sit, in lines of body text: on
 * page 1, a heading and the two lines kept with it; on any other page but the last, a glossary note
 * or a reference, which are never split.
 */
const firstPageGap = 3;
const largestGap = 5;

/** A line of text as the page sets it: what it reads, where its baseline is, and how large its type. */
interface Row {
  text: string;
  /** The baseline, in points from the page's foot. */
  y: number;
  size: number;
}

/** A page: its lines from top to bottom, and its text in the order the PDF draws it (box after box). */
interface Page {
  rows: Row[];
  flow: string;
  /** The text runs the PDF draws, in that order, each at its baseline. */
  items: Row[];
  height: number;
}

/** What the tests compare: text without the differences of width, whitespace or hyphenation. */
const key = (text: string) => normalizeText(text).replace(/-/g, '');

/** A PDF's pages, each line as one row of the runs on one baseline (those of a line, or of boxes side by side). */
function pagesOf(pdf: PdfReading): Page[] {
  return pdf.pages.map(({ items, height }) => {
    const rows: Array<Row & { items: PdfItem[] }> = [];
    for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
      const row = rows.at(-1);
      if (row && row.y - item.y < 0.3 * Math.max(row.size, item.size)) {
        row.items.push(item);
        row.size = Math.max(row.size, item.size);
      } else rows.push({ text: '', y: item.y, size: item.size, items: [item] });
    }
    return {
      rows: rows.map(({ items: parts, y, size }) => ({
        text: parts
          .sort((a, b) => a.x - b.x)
          .map((part) => part.text)
          .join(' '),
        y,
        size,
      })),
      flow: key(items.map((item) => item.text).join('')),
      items,
      height,
    };
  });
}

const readings = await readBuiltPdfs(distDir);

/** Whether an element prints: not inside chrome marked print:hidden, the glossary's links back, or the hover cards. */
const prints = (element: Element) => !element.closest('.print\\:hidden, .backlinks, .term-cards');

describe.each(languages)('the pages of the %s PDF', (lang) => {
  const pages = pagesOf(readings.get(lang)!);
  const document = loadPage(`/${lang}/`);
  const article = document.querySelector('main article');
  if (!article) throw new Error(`/${lang}/ has no <article>.`);
  /** The footer as paper prints it: the source line and the rights, each external link followed by its address. */
  const footer = (() => {
    const copy = document.querySelector('.site-footer')?.cloneNode(true) as HTMLElement | undefined;
    for (const link of copy?.querySelectorAll('a[href^="http"]') ?? []) link.append(` <${link.getAttribute('href')}>`);
    return key(copy?.textContent ?? '');
  })();
  /**
   * Labels that must be followed on their page by what they head: headings, glossary terms, figure
   * captions. Not those of "What this means": it prints in two columns, whose rows pdf.js reads as
   * one, and it is kept whole on page 1, so none of its headings can end a page.
   */
  const headings = [
    ...article.querySelectorAll('h2, h3, .glossary dt, .glance-caption-title, .cite-reference figcaption'),
  ]
    .filter((heading) => !heading.closest('.meaning'))
    .filter(prints)
    .map((heading) => ({
      tag: /^h\d$/.test(heading.localName) ? 'heading' : heading.localName === 'dt' ? 'glossary term' : 'caption',
      text: key(heading.textContent),
    }));
  /** The blocks of running text a page break may split. */
  const blocks = [...article.querySelectorAll('p, li, dd, address')]
    .filter((block) => prints(block) && !block.querySelector('p, li, dd'))
    .map((block) => key(block.textContent))
    .filter(Boolean);

  /** The rows of a page's text block, without the running header above it. */
  const body = (page: Page) => page.rows.filter((row) => row.y < page.height - textHead);
  /** How many of a page's last rows are the footer (the source line and the rights, some lines), or 0. */
  const footerRows = (page: Page) => {
    const rows = body(page);
    for (let count = 1; count <= Math.min(8, rows.length); count++)
      if (
        key(
          rows
            .slice(-count)
            .map((row) => row.text)
            .join(''),
        ) === footer
      )
        return count;
    return 0;
  };
  /** The rows of running text: neither the header nor the footer. */
  const text = (page: Page) => body(page).slice(0, body(page).length - footerRows(page));
  /** The line spacing of the body text: the most common distance between two lines. */
  const leading = (() => {
    const gaps = new Map<number, number>();
    for (const page of pages)
      for (const [index, row] of body(page).entries()) {
        const next = body(page)[index + 1];
        if (next)
          gaps.set(Math.round((row.y - next.y) * 2) / 2, (gaps.get(Math.round((row.y - next.y) * 2) / 2) ?? 0) + 1);
      }
    return [...gaps].sort((a, b) => b[1] - a[1])[0]![0];
  })();
  /** How high above the foot of the text block a row's baseline sits, in lines of body text. */
  const aboveFoot = (row: Row) => (row.y - textFoot) / leading;
  const preview = (page: Page, count: number) =>
    text(page)
      .slice(-count)
      .map((row) => `"${row.text.slice(0, 60)}"`)
      .join(', ');

  test(`takes ${pageCounts[lang].join(' to ')} pages`, () => {
    expect(pages.length, `${pages.length} pages`).toBeGreaterThanOrEqual(pageCounts[lang][0]);
    expect(pages.length, `${pages.length} pages`).toBeLessThanOrEqual(pageCounts[lang][1]);
  });

  test('holds on page 1 the title block, the notice, "What this means", every key number and the start of the text', () => {
    const first = pages[0]!.flow;
    const wanted: Array<[what: string, text: string]> = [
      ['the title', document.querySelector('.title-block h1')?.textContent ?? ''],
      ['the dateline', document.querySelector('.title-meta')?.textContent ?? ''],
      ...(lang === originalLang
        ? []
        : [
            ['the translation notice', document.querySelector('.translation-notice')?.textContent ?? ''] as [
              string,
              string,
            ],
          ]),
      ['the heading of "What this means"', document.querySelector('.meaning h2')?.textContent ?? ''],
      ['the finding', document.querySelector('.meaning h3 + p')?.firstChild?.textContent ?? ''],
      ['how current the page is', document.querySelector('.meaning-current')?.textContent ?? ''],
      ...[...document.querySelectorAll('.key-numbers li')].flatMap((item): Array<[string, string]> => {
        const figure = item.querySelector('.key-figure')?.textContent ?? '';
        return [
          [`the key number ${figure}`, figure],
          [`the label of the key number ${figure}`, item.querySelector('.key-label')?.textContent ?? ''],
        ];
      }),
    ];
    expect(
      wanted.filter(([, text]) => !key(text)),
      'texts the page must show, read from the built page',
    ).toEqual([]);
    const opening = article.querySelector('.article-section :is(p, li)')?.textContent ?? '';
    const sentence = /^.+?(?:\.(?=\s|$)|。)/su.exec(opening.trim())?.[0] ?? opening;
    wanted.push(['the first sentence of the text', sentence]);
    expect(document.querySelectorAll('.key-numbers li').length).toBeGreaterThanOrEqual(3);
    expect(
      wanted
        .filter(([, text]) => !first.includes(key(text)))
        .map(([what, text]) => `page 1 lacks ${what}: "${text.trim().slice(0, 80)}"`),
      'what page 1 must hold',
    ).toEqual([]);
  });

  test('sets the key numbers in one row of boxes, every figure on the same baseline', () => {
    // Each figure is the first run of drawn text that spells it: the boxes follow the title block.
    const items = pages[0]!.items;
    const spelled = (figure: string) => {
      for (let start = 0; start < items.length; start++) {
        let joined = '';
        for (let end = start; end < items.length && joined.length < figure.length; end++) {
          joined += key(items[end]!.text);
          if (joined === figure) return items.slice(start, end + 1).map((item) => item.y.toFixed(1));
        }
      }
      return [];
    };
    const figures = [...document.querySelectorAll('.key-numbers .key-figure')].map((figure) => key(figure.textContent));
    const baselines = new Map(figures.map((figure) => [figure, spelled(figure)]));
    expect(
      figures.filter((figure) => !baselines.get(figure)!.length),
      'figures page 1 does not draw',
    ).toEqual([]);
    expect(new Set([...baselines.values()].flat()), "the figures' baselines").toHaveProperty('size', 1);
  });

  test(`fills page 1 to within ${firstPageGap} lines of the foot, and every other page but the last to within ${largestGap}`, () => {
    const holes = pages.slice(0, -1).flatMap((page, index) => {
      const height = aboveFoot(body(page).at(-1)!);
      return height > (index === 0 ? firstPageGap : largestGap)
        ? [
            `page ${index + 1} ends ${height.toFixed(1)} lines above the foot of its text block, with ${preview(page, 1)}`,
          ]
        : [];
    });
    expect(holes).toEqual([]);
  });

  test(`prints at least ${fewestLines} lines of text on every page, besides its header and the footer`, () => {
    const thin = pages.flatMap((page, index) => {
      const lines = text(page);
      if (lines.length >= fewestLines) return [];
      const alone =
        lines.length === 0
          ? 'nothing but the footer'
          : `only ${lines.length} lines of text: ${preview(page, lines.length)}`;
      return [`page ${index + 1} of ${pages.length} holds ${alone}`];
    });
    expect(thin).toEqual([]);
  });

  test('prints the footer, the source line and the rights, once, as the last lines of the last page', () => {
    expect(footer).toContain(key('CC BY 4.0'));
    const at = pages.flatMap((page, index) => (page.flow.includes(footer) ? [index + 1] : []));
    expect(at, 'the pages that show the footer').toEqual([pages.length]);
    expect(
      footerRows(pages.at(-1)!),
      `the last line of the last page reads "${body(pages.at(-1)!).at(-1)?.text}"`,
    ).toBeGreaterThan(0);
  });

  test('follows every heading, glossary term and caption with at least two lines of what it heads, on the same page', () => {
    expect(headings.length).toBeGreaterThan(10);
    const found = new Set<number>();
    const stranded: string[] = [];
    for (const [number, page] of pages.entries()) {
      const rows = body(page);
      for (let index = 0; index < rows.length; index++) {
        // A heading may take several lines: the rows from here that together read as one.
        let joined = '';
        for (let end = index; end < rows.length && joined.length < 400; end++) {
          joined += key(rows[end]!.text);
          const heading = headings.findIndex((candidate) => candidate.text === joined);
          if (heading < 0) continue;
          found.add(heading);
          const after = rows
            .slice(end + 1, rows.length - footerRows(page))
            .filter((row) => !headings.some((other) => other.text === key(row.text)));
          // Two lines at least, or the whole of what it heads when that is a single line.
          if (after.length < 2 && !(after.length === 1 && blocks.includes(key(after[0]!.text)))) {
            const where =
              after.length === 0 ? 'is the last text on the page' : 'has only one line after it on the page';
            stranded.push(
              `page ${number + 1}: the ${headings[heading]!.tag} "${rows[index]!.text}" ${where}, ${aboveFoot(rows[end]!).toFixed(1)} lines above the foot`,
            );
          }
          break;
        }
      }
    }
    const missing = headings
      .filter((_, index) => !found.has(index))
      .map((heading) => `the ${heading.tag} "${heading.text}" is on no page as a line of its own`);
    expect([...missing, ...stranded]).toEqual([]);
  });

  test('leaves no single line of a paragraph at the foot or the head of a page', () => {
    const lonely: string[] = [];
    for (let number = 1; number < pages.length; number++) {
      const before = text(pages[number - 1]!);
      const after = text(pages[number]!);
      const [last, next] = [before.at(-1), after[0]];
      if (!last || !next) continue;
      // The block the break runs through, if it runs through one: it holds the two lines together.
      const block = blocks.find((candidate) => candidate.includes(key(last.text) + key(next.text)));
      if (!block) continue;
      let orphans = 1;
      while (
        orphans < before.length &&
        !block.startsWith(
          before
            .slice(-orphans)
            .map((row) => key(row.text))
            .join(''),
        )
      )
        orphans++;
      let widows = 1;
      while (
        widows < after.length &&
        !block.endsWith(
          after
            .slice(0, widows)
            .map((row) => key(row.text))
            .join(''),
        )
      )
        widows++;
      if (orphans < 2) lonely.push(`page ${number} ends with the first line of a paragraph alone: "${last.text}"`);
      if (widows < 2) lonely.push(`page ${number + 1} starts with the last line of a paragraph alone: "${next.text}"`);
    }
    expect(lonely).toEqual([]);
  });
});
