import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import TitleBlock from '../../src/components/article/TitleBlock.astro';
import { languages } from '../../src/site/languages';
import { phrases } from '../../src/markdown/phrases';
import { editionSchema } from '../../src/content/schema';
import { render } from '../support/render';

describe.each(languages)('TitleBlock in %s', (lang) => {
  const edition = editionSchema.parse(parse(readFileSync(`content/${lang}/edition.yaml`, 'utf8')));

  test('heads the page with the headline, and nothing else as a heading', async () => {
    const body = await render(TitleBlock, { props: { lang, edition } });
    expect([...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [h.localName, h.textContent])).toEqual([
      ['h1', edition.headline],
    ]);
  });

  test('lets the headline break between its phrases in Japanese only, its text unchanged', async () => {
    const body = await render(TitleBlock, { props: { lang, edition } });
    const breaks = lang === 'ja' ? phrases(edition.headline).length - 1 : 0;
    expect([body.querySelectorAll('h1 wbr').length, body.querySelector('h1')?.textContent]).toEqual([
      breaks,
      edition.headline,
    ]);
  });

  test('gives the date as the release writes it, with the ISO day for machines, then the institution', async () => {
    const body = await render(TitleBlock, { props: { lang, edition } });
    const time = body.querySelector('header time');
    expect([time?.textContent, time?.getAttribute('datetime')]).toEqual([edition.dateline, '2022-03-17']);
    expect(body.querySelector('.title-meta')?.textContent).toBe(`${edition.dateline}${edition.institution}`);
  });
});
