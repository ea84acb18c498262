// TermOtherName: what it renders is checked in every place of the build (tests/pages/term-names.test.ts); here, what it does with a term the other glossary lacks.
import { describe, expect, test, vi } from 'vitest';
import TermOtherName from '../../src/components/glossary/TermOtherName.astro';
import { languages, otherLang } from '../../src/site/languages';
import { render } from '../support/render';

vi.mock('astro:content', async () =>
  (await import('../support/astro-content')).mockedAstroContent({
    ja: [{ id: 'gsk3-inhibitor', term: 'GSK3阻害剤', definition: 'GSK3の働きを抑える薬剤。' }],
    en: [{ id: 'gsk3-inhibitor', term: 'GSK3 inhibitor', definition: 'A drug that blocks GSK3.' }],
  }),
);

describe.each(languages)('TermOtherName in %s', (lang) => {
  const other = otherLang(lang);

  test('stops the build, naming the id and the language, for a term the other glossary lacks', async () => {
    await expect(render(TermOtherName, { props: { lang, id: 'alk-inhibitor' } })).rejects.toThrow(
      `The glossary has no entry "alk-inhibitor" in "${other}"`,
    );
  });
});
