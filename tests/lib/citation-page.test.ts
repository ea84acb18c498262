import { describe, expect, test } from 'vitest';
import { citationDate, pageCitation, type PageCitation } from '../../src/metadata/page-citation';

const page: PageCitation = {
  lang: 'en',
  author: 'An Institute',
  title: 'A headline',
  genre: 'Press release, English translation',
  site: 'This site',
  url: 'https://example.org/en/',
  date: new Date('2022-03-17'),
  updated: new Date('2026-12-06'),
};
const text = (p: PageCitation) =>
  pageCitation(p)
    .map((run) => run.text)
    .join('');

describe('citationDate', () => {
  test.each([
    ['en', '2022 Mar 17'],
    ['ja', '2022年3月17日'],
  ] as const)('writes the day as the style does in %s', (lang, expected) => {
    expect(citationDate(new Date('2022-03-17'), lang)).toBe(expected);
  });
});

describe('pageCitation', () => {
  test('cites an original by its author, title, kind, publisher, date, update and URL, with a date of reading to fill in', () => {
    expect(text({ ...page, genre: 'Press release' })).toBe(
      'An Institute. A headline [Press release] [Internet]. This site; 2022 Mar 17 [updated 2026 Dec 6; cited YYYY Mon DD]. Available from: https://example.org/en/',
    );
  });

  test('uses the style’s Japanese words for a Japanese page', () => {
    expect(
      text({
        ...page,
        lang: 'ja',
        title: '見出し',
        genre: 'プレスリリース',
        site: '本サイト',
        url: 'https://example.org/ja/',
      }),
    ).toBe(
      'An Institute. 見出し [プレスリリース] [インターネット]. 本サイト; 2022年3月17日 [更新日 2026年12月6日; 引用日 YYYY年M月D日]. 入手先: https://example.org/ja/',
    );
  });

  test('names this site as the translator of a translation, and the original it translates, not the original’s date as its own', () => {
    const runs = pageCitation({
      ...page,
      original: { title: '原題', lang: 'ja', genre: 'Press release', publisher: 'An Institute' },
    });
    expect(runs.map((run) => run.text).join('')).toBe(
      'An Institute. A headline [Press release, English translation] [Internet]. This site, translator. This site; [date unknown; updated 2026 Dec 6; cited YYYY Mon DD]. Available from: https://example.org/en/ Translation of: 原題 [Press release]. An Institute; 2022 Mar 17.',
    );
    // The original's title is marked as Japanese, for screen readers and hyphenation.
    expect(runs.filter((run) => run.lang)).toEqual([{ text: '原題', lang: 'ja' }]);
  });
});
