/**
 * The reference of an edition's page in the Vancouver style (NLM's Citing Medicine, chapter 25,
 * web sites), in the words that style uses in each language. Written here rather than by
 * citeproc-js: the Vancouver style citation-js bundles has no place for a translator or for the
 * work translated, and its only locale is English, while the Japanese edition cites in Japanese.
 * Pure: the content comes in as arguments (citations.ts reads it).
 */
import { formatDate } from '../site/i18n';
import type { Lang } from '../site/languages';

/** An edition's page, as its reference names it. */
export interface PageCitation {
  lang: Lang;
  /** The institution that wrote the release. */
  author: string;
  /** The edition's headline. */
  title: string;
  /** What kind of document the page is: a press release, or its translation. */
  genre: string;
  /** This site, which publishes the page. */
  site: string;
  /** The page's absolute URL. */
  url: string;
  /** The release's date. */
  date: Date;
  /** When this site last read the edition against the release: the page's update. */
  updated: Date;
  /** For a translation: the original's headline and its publisher in this language, which this site translated. */
  original?: { title: string; lang: Lang; genre: string; publisher: string };
}

/** The style's words in each language, as a CSL locale would hold them. */
const words = {
  en: {
    internet: 'Internet',
    available: 'Available from:',
    updated: 'updated',
    cited: 'cited',
    unknown: 'date unknown',
    translator: 'translator',
    translationOf: 'Translation of:',
  },
  ja: {
    internet: 'インターネット',
    available: '入手先:',
    updated: '更新日',
    cited: '引用日',
    unknown: '発行日不明',
    translator: '訳',
    translationOf: '原文:',
  },
} as const;

/** The date a reader fills in: a static page cannot know when it is read. */
export const citedPlaceholder: Record<Lang, string> = { en: 'YYYY Mon DD', ja: 'YYYY年M月D日' };

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A day as the style writes it in each language, read in UTC as the content's dates are.
 * @example citationDate(new Date('2022-03-17'), 'en') // '2022 Mar 17'
 * @example citationDate(new Date('2022-03-17'), 'ja') // '2022年3月17日'
 */
export function citationDate(date: Date, lang: Lang): string {
  if (lang === 'ja') return formatDate(date, lang);
  return `${date.getUTCFullYear()} ${months[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

/** A run of a reference's text, with its language where it differs from the reference's. */
export interface CitationRun {
  text: string;
  lang?: Lang;
}

/**
 * The page's reference, as runs of text: the original's title, in a translation's reference, is
 * a run in the original's language, so that it can be marked as such. The original is dated by the
 * release; a translation, which carries no date of its own, is dated as the style asks for an
 * undated page, and names this site as translator and the original it translates. Both give the
 * day the edition was last reviewed as its update, and end the date with "[cited …]" for the
 * reader to complete. As in NLM's examples, no full stop follows
 * the URL, which a reader might take for part of it.
 * @example pageCitation({ lang: 'ja', author: 'がん研究会', title: '見出し', genre: 'プレスリリース', site: '本サイト', url: 'https://example.org/ja/', date: new Date('2022-03-17') })
 * // [{ text: 'がん研究会. 見出し [プレスリリース] [インターネット]. 本サイト; 2022年3月17日 [更新日 2026年12月6日; 引用日 YYYY年M月D日]. 入手先: https://example.org/ja/' }]
 */
export function pageCitation(page: PageCitation): CitationRun[] {
  const w = words[page.lang];
  const cited = `${w.updated} ${citationDate(page.updated, page.lang)}; ${w.cited} ${citedPlaceholder[page.lang]}`;
  const { original } = page;
  const head = `${page.author}. ${page.title} [${page.genre}] [${w.internet}].`;
  const available = `${w.available} ${page.url}`;
  if (!original)
    return [{ text: `${head} ${page.site}; ${citationDate(page.date, page.lang)} [${cited}]. ${available}` }];
  return [
    {
      text: `${head} ${page.site}, ${w.translator}. ${page.site}; [${w.unknown}; ${cited}]. ${available} ${w.translationOf} `,
    },
    { text: original.title, lang: original.lang },
    { text: ` [${original.genre}]. ${original.publisher}; ${citationDate(page.date, page.lang)}.` },
  ];
}
