import { describe, expect, test, vi } from 'vitest';
import Corrections from '../../src/components/article/Corrections.astro';
import { render } from '../support/render';

// The corrections come from the original's edition: no collection is loaded here.
vi.mock('../../src/content/query', () => ({
  getEdition: () =>
    Promise.resolve({ corrections: [{ source: '肺線がん', corrected: '肺腺がん', where: 'background-1' }] }),
}));

describe('Corrections', () => {
  test('links each correction to the place corrected', async () => {
    const body = await render(Corrections, { props: { lang: 'en' } });
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#background-1']);
  });

  test.each([
    ['en', '肺線がん → 肺腺がん (see it in the text)'],
    // Running Japanese takes full-width brackets, with no space before them.
    ['ja', '肺線がん → 肺腺がん（訂正箇所）'],
  ] as const)('names the link in %s in words, in that language’s brackets', async (lang, text) => {
    const body = await render(Corrections, { props: { lang } });
    expect(body.querySelector('li')?.textContent.replace(/\s+/g, ' ').trim()).toBe(text);
  });

  test("links to the place in its own column of the parallel view, under the column's prefix", async () => {
    const body = await render(Corrections, { props: { lang: 'ja', prefix: 'ja-' } });
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#ja-background-1']);
  });
});
