import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readContentFiles } from '../../src/content/read/files';
import { buildPublication, type LanguageContent } from '../../src/content/model';
import { useTranslations } from '../../src/site/i18n';
import { phrases } from '../../src/markdown/phrases';
import { editionSchema } from '../../src/content/schema';
import { sharedTab } from '../support/browser';
import { representatives } from '../support/pages';

/*
 * Japanese headings break between phrases, never inside a word: in headless Chromium at a phone's,
 * a tablet's and a desktop's width, every line of the article's <h1> and <h2>s, and of the term
 * pages' <h1> (the first, the last and the longest term's), ends where a BudouX phrase of the
 * heading's text ends. The text a reader copies is the text of the source.
 */

const widths = [320, 375, 768, 1280];

const ja = useTranslations('ja');
const [{ sections, glossary: terms, meaning }] = buildPublication(readContentFiles(process.cwd(), 'content', ['ja']), [
  'ja',
]).languages as [LanguageContent];
const { headline } = editionSchema.parse(parse(readFileSync('content/ja/edition.yaml', 'utf8')));
/** The article's headings, as their sources write them: the headline; What this means, the key numbers, the contents and each top-level section. */
const article = {
  h1: [headline],
  h2: [
    meaning?.data?.title ?? '',
    ja('glance.numbers'),
    ja('nav.toc'),
    ...sections.flatMap((s) => (s.data && !s.data.parent ? [s.data.title] : [])),
  ],
};

const { tab, site } = sharedTab();

/** A heading as the browser lays it out: its element's name, its text, the text a reader who selects it copies, and the offsets in its text where its lines start, the first left out. */
interface Laidout {
  level: string;
  text: string;
  copied: string;
  lines: number[];
}

/**
 * The headings of a page at one width, laid out: each character's box, taken with a Range, starts a
 * line where its top is below the one before; what a reader copies is the selection of the heading.
 */
async function headingsAt(path: string, width: number, selector: string): Promise<Laidout[]> {
  const page = tab();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(site().url(path));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.locator(selector).evaluateAll((headings) =>
    headings.map((heading) => {
      const lines: number[] = [];
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      let offset = 0;
      let top: number | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        for (let i = 0; i < length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          if (top !== undefined && box.top > top + box.height / 2) lines.push(offset + i);
          top = box.top;
        }
        offset += length;
      }
      getSelection()?.selectAllChildren(heading);
      return { level: heading.localName, text: heading.textContent, copied: getSelection()?.toString() ?? '', lines };
    }),
  );
}

/** The lines of a heading that end inside a phrase, each written `…line|next line…`. */
function breaksInsidePhrases({ text, lines }: Laidout): string[] {
  const starts = [0];
  for (const phrase of phrases(text)) starts.push((starts.at(-1) ?? 0) + phrase.length);
  return lines.flatMap((start, i) =>
    starts.includes(start) ? [] : [`${text.slice(lines[i - 1] ?? 0, start)}|${text.slice(start, lines[i + 1])}`],
  );
}

describe.each(widths)('Japanese headings at %i px', (width) => {
  test('the article: no line of its h1 or of an h2 ends inside a phrase, and each reads as its source', async () => {
    const headings = await headingsAt('/ja/', width, 'main :is(h1, h2)');
    for (const level of ['h1', 'h2'] as const)
      expect(headings.flatMap((h) => (h.level === level ? [h.copied] : [])).sort(), level).toEqual(
        [...article[level]].sort(),
      );
    expect(headings.map((h) => h.copied)).toEqual(headings.map((h) => h.text));
    expect(headings.flatMap(breaksInsidePhrases)).toEqual([]);
  });

  test('the term pages: no line of the h1 ends inside a phrase, and it reads as the term', async () => {
    for (const term of representatives(terms, (t) => t.term.length)) {
      const [heading] = await headingsAt(`/ja/glossary/${term.id}/`, width, 'main h1');
      expect([heading?.text, heading?.copied]).toEqual([term.term, term.term]);
      expect(heading && breaksInsidePhrases(heading), term.id).toEqual([]);
    }
  });
});
