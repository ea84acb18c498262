// PrintActions: the print button (shown only with JavaScript, which it needs) and the link to the article's PDF in the same language.
import { describe, expect, test } from 'vitest';
import PrintActions from '../../src/components/article/PrintActions.astro';
import { useTranslations } from '../../src/site/i18n';
import { languages } from '../../src/site/languages';
import { href, render } from '../support/render';

describe.each(languages)('PrintActions in %s', (lang) => {
  const t = useTranslations(lang);

  test('offers a print button, hidden where JavaScript does not run', async () => {
    const body = await render(PrintActions, { props: { lang } });
    const button = body.querySelector('button');
    expect([button?.textContent, button?.getAttribute('type')]).toEqual([t('print.button'), 'button']);
    expect(button?.classList.contains('needs-script')).toBe(true);
    expect(button?.hasAttribute('data-print')).toBe(true);
  });

  test('links the PDF of this language’s article, saying it is a PDF', async () => {
    const body = await render(PrintActions, { props: { lang } });
    const link = body.querySelector('a');
    expect([link?.textContent, link?.getAttribute('href'), link?.getAttribute('type')]).toEqual([t('print.pdf'), href(`/${lang}/alk-gsk3-press-release-${lang}.pdf`), 'application/pdf']);
  });

  test('is left out of print', async () => {
    const body = await render(PrintActions, { props: { lang } });
    expect(body.querySelector('.print-actions')?.classList.contains('print:hidden')).toBe(true);
  });
});
