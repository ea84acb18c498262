import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { useTranslations } from '../../src/site/i18n';
import { languages, type Lang } from '../../src/site/languages';
import { citationDate } from '../../src/metadata/page-citation';
import { editionSchema, paperSchema } from '../../src/content/schema';
import { absolute, distDir, href, loadPage } from '../support/site';

const paper = paperSchema.parse(parse(readFileSync('content/paper.yaml', 'utf8')));
const edition = (lang: Lang) => editionSchema.parse(parse(readFileSync(`content/${lang}/edition.yaml`, 'utf8')));
/** The paper's authors as reference managers store them: family and given names, in order. */
const authors = paper.authors.map((name) => ({
  family: name.split(' ').at(-1),
  given: name.split(' ').slice(0, -1).join(' '),
}));

/** The citation files, the parser citation-js reads each with, and how it reads the text. */
const files = [
  ['/paper.bib', '@bibtex/text', (text: string) => text],
  ['/paper.ris', '@ris/file', (text: string) => text],
  ['/paper.json', '@csl/list+object', (text: string) => JSON.parse(text) as unknown],
] as const;

describe.each(files)('%s', (path, forceType, read) => {
  const text = readFileSync(join(distDir, path), 'utf8');

  test('reads back, with citation-js, as the paper of content/paper.yaml: title, authors, journal, year and DOI', async () => {
    const { data } = await Cite.async(read(text), { forceType });
    expect(data).toHaveLength(1);
    const [item] = data;
    expect(item).toMatchObject({ title: paper.title, 'container-title': paper.journal, DOI: paper.doi });
    expect(item?.['author']).toEqual(authors);
    expect((item?.['issued'] as { 'date-parts': number[][] })['date-parts'][0]?.[0]).toBe(
      paper.published.getUTCFullYear(),
    );
  });

  test('is what the citation files page shows to copy in each language, character for character', () => {
    for (const lang of languages) {
      const snippets = [...loadPage(`/${lang}/cite/`).querySelectorAll('.snippet pre code')].map(
        (code) => code.textContent,
      );
      expect(snippets).toContain(text.trimEnd());
    }
  });
});

describe.each(languages)('the %s article’s citations', (lang) => {
  const document = loadPage(`/${lang}/`);
  const t = useTranslations(lang);
  const block = document.querySelector('section[aria-labelledby="cite-paper-title"]');

  test('sit in the Publication section, under their own headings', () => {
    expect(block?.closest('section[id="publication"]')).not.toBeNull();
    expect(document.getElementById('cite-paper-title')?.textContent).toBe(t('cite.paperTitle'));
    expect(document.getElementById('cite-page-title')?.textContent).toBe(t('cite.pageTitle'));
  });

  test('offer each file for download, under the base, and link the page that shows them to copy', () => {
    const links = [...(block?.querySelectorAll('a[download]') ?? [])];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(files.map(([path]) => href(path)));
    for (const [path] of files) expect(existsSync(join(distDir, path))).toBe(true);
    expect(block?.querySelector(`a[href="${href(`/${lang}/cite/`)}"]`)?.textContent).toBe(t('cite.filesLink'));
    // The files' text is on that page only: the article stays light.
    expect(block?.querySelectorAll('.snippet')).toHaveLength(0);
  });

  test('give the paper in the Vancouver style: six authors, et al., title, journal, date and DOI', () => {
    const reference = block?.querySelector('.cite-reference p');
    const vancouverName = (name: { family: string | undefined; given: string }) =>
      `${name.family} ${name.given
        .split(/[\s-]/)
        .map((part) => part[0])
        .join('')}`;
    expect(reference?.getAttribute('lang')).toBe('en');
    expect(reference?.textContent).toBe(
      `${authors.slice(0, 6).map(vancouverName).join(', ')}, et al. ${paper.title}. ${paper.journal}. ${paper.published.getUTCFullYear()} Mar ${paper.published.getUTCDate()}. doi:${paper.doi}`,
    );
  });

  test('cite this page as a web page in its language: its institution, title, kind, this site, its URL and a date of reading to fill in', () => {
    const reference = document.querySelector('section[aria-labelledby="cite-page-title"] .cite-reference p');
    const { institution, headline } = edition(lang);
    const original = edition('ja');
    const reviewed = citationDate(edition(lang).reviewed, lang);
    expect(reference?.textContent).toBe(
      lang === 'ja'
        ? `${institution}. ${headline} [${t('cite.pageGenre')}] [インターネット]. ${t('site.name')}; 2022年3月17日 [更新日 ${reviewed}; 引用日 YYYY年M月D日]. 入手先: ${absolute('/ja/')}`
        : `${institution}. ${headline} [${t('cite.pageGenre')}] [Internet]. ${t('site.name')}, translator. ${t('site.name')}; [date unknown; updated ${reviewed}; cited YYYY Mon DD]. Available from: ${absolute('/en/')} Translation of: ${original.headline} [Press release]. ${institution}; 2022 Mar 17.`,
    );
    expect(reference?.closest('section')?.textContent).toContain(
      lang === 'ja'
        ? '「YYYY年M月D日」は、このページを閲覧した日付'
        : 'Replace “YYYY Mon DD” with the date you read the page',
    );
  });
});

describe.each(languages)('the %s citation files page', (lang) => {
  const document = loadPage(`/${lang}/cite/`);
  const t = useTranslations(lang);

  test('offers each file for download and to copy, and leads back to the publication in the article', () => {
    expect(document.querySelector('h1')?.textContent).toBe(t('cite.title'));
    expect([...document.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'))).toEqual(
      files.map(([path]) => href(path)),
    );
    expect(document.querySelectorAll('.snippet button.snippet-copy')).toHaveLength(files.length);
    expect(document.querySelector(`a[href="${href(`/${lang}/`)}#publication"]`)?.textContent).toBe(t('cite.back'));
  });
});

describe.each(languages)('the %s parallel view', (ui) => {
  const document = loadPage(`/${ui}/parallel/`);

  test('pairs the ways to cite row by row, each column in its language, with ids of its own', () => {
    for (const lang of languages) {
      const column = `.pair-cell[lang="${lang}"]`;
      expect(document.querySelector(`${column} [id="${lang}-cite-paper-title"]`)?.textContent).toBe(
        useTranslations(lang)('cite.paperTitle'),
      );
      expect([...document.querySelectorAll(`${column} .cite a[download]`)].map((a) => a.getAttribute('href'))).toEqual(
        files.map(([path]) => href(path)),
      );
      expect(document.querySelector(`${column} [id="${lang}-cite-page-title"]`)?.closest('.pair')?.id).toBe(
        'cite-page-title',
      );
    }
  });
});
