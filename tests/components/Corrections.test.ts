import { describe, expect, test } from 'vitest';
import Corrections from '../../src/components/Corrections.astro';
import { render } from '../support/render';

const corrections = [{ source: '肺線がん', corrected: '肺腺がん', where: 'background-1' }];

describe('Corrections', () => {
  test('links each correction to the place corrected', async () => {
    const body = await render(Corrections, { props: { lang: 'en', corrections } });
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#background-1']);
  });

  test("links to the place in its own column of the parallel view, under the column's prefix", async () => {
    const body = await render(Corrections, { props: { lang: 'ja', corrections, prefix: 'ja-' } });
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#ja-background-1']);
  });
});
