import { describe, expect, test } from 'vitest';
import LanguageChoice from '../../src/components/site/LanguageChoice.astro';
import { useTranslations } from '../../src/site/i18n';
import { languages } from '../../src/site/languages';
import { href, render } from '../support/render';

type Props = {
  heading: 'entry.title' | 'notFound.title';
  body: 'entry.lead' | 'notFound.body';
  link: 'nav.article' | 'notFound.home';
};

describe.each<[string, Props]>([
  // The entry page, src/pages/index.astro.
  ['the entry page', { heading: 'entry.title', body: 'entry.lead', link: 'nav.article' }],
  // The 404 page, src/pages/404.astro.
  ['the 404 page', { heading: 'notFound.title', body: 'notFound.body', link: 'notFound.home' }],
])('LanguageChoice on %s', (_, props) => {
  test('says it in each language, Japanese first, each part marked with its language', async () => {
    const body = await render(LanguageChoice, { props });
    const parts = [...body.querySelectorAll('section')];
    expect(parts.map((s) => s.getAttribute('lang'))).toEqual(['ja', 'en']);
    expect(parts.map((s) => [...s.querySelectorAll('h1, p')].map((el) => el.textContent.trim()))).toEqual(
      languages.map((lang) => {
        const t = useTranslations(lang);
        return [t(props.heading), t(props.body), t(props.link)];
      }),
    );
  });

  test('has one h1, in the original’s language', async () => {
    const body = await render(LanguageChoice, { props });
    expect([...body.querySelectorAll('h1')].map((h) => h.closest('[lang]')?.getAttribute('lang'))).toEqual(['ja']);
  });

  test('links each edition’s article, marked with the language it is in, without JavaScript', async () => {
    const body = await render(LanguageChoice, { props });
    expect([...body.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('hreflang')])).toEqual([
      [href('/ja/'), 'ja'],
      [href('/en/'), 'en'],
    ]);
    expect(body.querySelector('script')).toBeNull();
  });
});
