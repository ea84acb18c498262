import { describe, expect, test } from 'vitest';
import { languages, otherLang, type Lang } from '../../src/site/languages';
import { builtGlossary, href, loadPage } from '../support/site';

/** Both names of every term, as the built glossary data gives them. */
const { terms } = builtGlossary();

/**
 * Every place that defines a term also names it in the other language, for readers who search the
 * literature in that language: as a link to the term's page in that language, marked with its
 * language, inside text of the place's own language.
 * @param place Where the term is defined: a card, a glossary entry, a term page's main content.
 * @param lang Language of that place's text.
 */
function expectOtherName(place: Element | null | undefined, lang: Lang, id: string) {
  const other = otherLang(lang);
  const expected = terms.find((t) => t.id === id)?.[other].term;
  expect(place, `no place for "${id}"`).toBeTruthy();
  const links = [...(place?.querySelectorAll(`a[lang="${other}"]`) ?? [])];
  expect(links.map((a) => a.textContent.trim())).toEqual([expected]);
  const link = links[0];
  expect(link?.getAttribute('hreflang')).toBe(other);
  expect(link?.getAttribute('href')).toBe(href(`/${other}/glossary/${id}/`));
  expect(
    link?.parentElement?.closest('[lang]')?.getAttribute('lang'),
    'the text around the name is in the place’s language',
  ).toBe(lang);
  expect(loadPage(`/${other}/glossary/${id}/`).querySelector('main h1')?.textContent.trim()).toBe(expected);
}

// The glossary data names each term in both languages: tests/pages/glossary-data.test.ts.
const ids = terms.map((t) => t.id);

describe.each(languages)('in the %s edition', (lang) => {
  const article = loadPage(`/${lang}/`);
  const glossary = loadPage(`/${lang}/glossary/`);
  const parallel = loadPage(`/${lang}/parallel/`);

  test.each(ids)('the hover card of "%s" names it in the other language', (id) => {
    expectOtherName(article.getElementById(`card-${id}`), lang, id);
  });

  test.each(ids)('the article’s glossary entry "%s" names it in the other language', (id) => {
    expectOtherName(article.querySelector(`article .glossary-entry#${id}`), lang, id);
  });

  test.each(ids)('the glossary page’s entry "%s" names it in the other language', (id) => {
    expectOtherName(glossary.getElementById(id), lang, id);
  });

  test.each(ids)('the term page of "%s" names it in the other language', (id) => {
    expectOtherName(loadPage(`/${lang}/glossary/${id}/`).querySelector('main'), lang, id);
  });

  // Each column of the parallel view has its own cards and entries, in the column's language.
  test.each(languages.flatMap((column) => ids.map((id) => [column, id] as const)))(
    'the parallel view’s %s card and entry of "%s" name it in the other language',
    (column, id) => {
      expectOtherName(parallel.getElementById(`${column}-card-${id}`), column, id);
      expectOtherName(parallel.getElementById(`${column}-${id}`), column, id);
    },
  );
});
