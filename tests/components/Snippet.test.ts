import { describe, expect, test } from 'vitest';
import Snippet from '../../src/components/site/Snippet.astro';
import { useTranslations } from '../../src/site/i18n';
import { languages } from '../../src/site/languages';
import { render } from '../support/render';

const code = '<a href="https://example.org/?a=1&b=2" lang="en">A & B</a>';

describe.each(languages)('Snippet in %s', (lang) => {
  const t = useTranslations(lang);
  const props = { lang, id: 'link-kit-html', label: 'HTML', code, language: 'html' as const };

  test('shows the code exactly, as text, under its caption', async () => {
    const body = await render(Snippet, { props });
    const figure = body.querySelector('figure#link-kit-html');
    expect([figure?.querySelector('figcaption')?.textContent, figure?.querySelector('pre code')?.textContent]).toEqual([
      'HTML',
      code,
    ]);
    expect(figure?.querySelector('a')).toBeNull();
  });

  test('offers a copy button, in the page’s language, that screen readers describe by the caption', async () => {
    const body = await render(Snippet, { props });
    const button = body.querySelector('button');
    expect([button?.textContent.trim(), button?.getAttribute('type')]).toEqual([t('linkKit.copy'), 'button']);
    expect(body.querySelector(`#${button?.getAttribute('aria-describedby')}`)?.textContent).toBe('HTML');
    expect(button?.classList.contains('needs-script')).toBe(true);
  });

  test('says whether copying worked in a status region, in the page’s language', async () => {
    const body = await render(Snippet, { props });
    const button = body.querySelector('button');
    expect([button?.dataset['copied'], button?.dataset['failed']]).toEqual([
      t('linkKit.copied'),
      t('linkKit.copyFailed'),
    ]);
    expect(body.querySelector('figure [role="status"]')?.textContent).toBe('');
  });
});
