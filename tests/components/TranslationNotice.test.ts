import { describe, expect, test } from 'vitest';
import TranslationNotice from '../../src/components/article/TranslationNotice.astro';
import { render } from '../support/render';

describe('TranslationNotice', () => {
  test('tells readers of the English edition that it is a translation, that the Japanese original prevails, and links to it', async () => {
    const body = await render(TranslationNotice, { props: { lang: 'en', page: 'glossary' } });
    const note = body.querySelector('p.translation-notice[role="note"]');
    expect(note?.textContent).toMatch(/translation.*original prevails/is);
    const link = note?.querySelector('a');
    expect([link?.getAttribute('href'), link?.getAttribute('hreflang')]).toEqual(['/ja/glossary/', 'ja']);
  });

  test('says nothing on the original', async () => {
    const body = await render(TranslationNotice, { props: { lang: 'ja', page: 'article' } });
    expect(body.innerHTML.trim()).toBe('');
  });
});
