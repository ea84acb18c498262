import { describe, expect, test } from 'vitest';
import { languages } from '../../src/site/languages';
import { loadPage } from '../support/site';

/** Ids of the edition's structure on a built page, in reading order: sections, blocks, glossary entries. */
function structureIds(path: string): string[] {
  const main = loadPage(path).querySelector('article');
  return [
    ...(main?.querySelectorAll('section[id], p[id], li[id], h3[id], address[id], .glossary-entry[id]') ?? []),
  ].map((el) => el.id);
}

describe('the two editions', () => {
  const [ja, en] = languages.map((lang) => structureIds(`/${lang}/`));

  test('have the structure of the release', () => {
    expect(ja).toEqual(
      expect.arrayContaining([
        'points',
        'overview',
        'details',
        'background',
        'study',
        'glossary',
        'publication',
        'contacts',
      ]),
    );
    expect(ja?.filter((id) => /^(points|overview|background|study)-\d+$/.test(id))).toHaveLength(11);
    expect(
      ja?.filter((id) =>
        [
          'alk-fusion-gene',
          'alk-inhibitor',
          'drug-resistant-cancer-cell',
          'drug-tolerant-persister-cell',
          'gsk3-inhibitor',
        ].includes(id),
      ),
    ).toHaveLength(5);
  });

  test('share every section, paragraph and glossary id, in the same order', () => {
    expect(en).toEqual(ja);
  });

  test('mark the same glossary terms in the same paragraphs', () => {
    const markers = (lang: string) =>
      [...loadPage(`/${lang}/`).querySelectorAll('a[data-term-ref]')].map(
        (a) => `${a.closest('[id]')?.id} ${a.getAttribute('href')} ${a.textContent}`,
      );
    expect(markers('en')).toEqual(markers('ja'));
    expect(markers('ja').length).toBeGreaterThan(0);
  });
});
