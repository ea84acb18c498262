import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/site/i18n';
import { isLang } from '../../src/site/languages';
import { builtPages, loadPage } from '../support/site';

/** Every page in one language: each has the site's frame, footer included. */
const pagesInALanguage = builtPages().filter((path) => isLang(path.split('/')[1] ?? ''));

describe.each(pagesInALanguage)('the footer of %s', (path) => {
  const document = loadPage(path);
  const lang = document.documentElement.getAttribute('lang') ?? '';
  if (!isLang(lang)) throw new Error(`${path} declares no language of the edition.`);
  const t = useTranslations(lang);

  test("states whose the Japanese text is and under which licences this site's own work and code are", () => {
    const rights = [...document.querySelectorAll('footer p')].find((p) => p.querySelector('a[rel="license"]'));
    expect(rights?.textContent).toBe(t('footer.rights', { license: 'CC BY 4.0' }));
    expect(rights?.querySelector('a')?.getAttribute('href')).toBe(
      `https://creativecommons.org/licenses/by/4.0/deed.${lang}`,
    );
  });
});
