// TermOtherName: a term's name in the other language, marked with that language, linked to its page there, inside text of the page's language.
import { describe, expect, test, vi } from 'vitest';
import TermOtherName from '../../src/components/glossary/TermOtherName.astro';
import { languages, otherLang } from '../../src/site/languages';
import { href, render } from '../support/render';

vi.mock('astro:content', async () =>
  (await import('../support/astro-content')).mockedAstroContent({
    ja: [{ id: 'gsk3-inhibitor', term: 'GSK3阻害剤', definition: 'GSK3の働きを抑える薬剤。' }],
    en: [{ id: 'gsk3-inhibitor', term: 'GSK3 inhibitor', definition: 'A drug that blocks GSK3.' }],
  }),
);

/** Each language's text around the other language's name. */
const expected = { ja: '英語：GSK3 inhibitor', en: 'Japanese: GSK3阻害剤' };

describe.each(languages)('TermOtherName in %s', (lang) => {
  const other = otherLang(lang);

  test('names the term in the other language, inside a sentence of the page’s language', async () => {
    const body = await render(TermOtherName, { props: { lang, id: 'gsk3-inhibitor', class: 'glossary-other' } });
    const p = body.querySelector('p');
    expect([p?.textContent, p?.className, p?.hasAttribute('lang')]).toEqual([expected[lang], 'glossary-other', false]);
  });

  test('links the term’s page in the other language, marked with that language', async () => {
    const body = await render(TermOtherName, { props: { lang, id: 'gsk3-inhibitor' } });
    const link = body.querySelector('p > a');
    expect([link?.getAttribute('href'), link?.getAttribute('hreflang'), link?.getAttribute('lang')]).toEqual([href(`/${other}/glossary/gsk3-inhibitor/`), other, other]);
  });

  test('stops the build, naming the id and the language, for a term the other glossary lacks', async () => {
    await expect(render(TermOtherName, { props: { lang, id: 'alk-inhibitor' } })).rejects.toThrow(`The glossary has no entry "alk-inhibitor" in "${other}"`);
  });
});
