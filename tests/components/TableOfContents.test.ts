import { describe, expect, test } from 'vitest';
import TableOfContents from '../../src/components/article/TableOfContents.astro';
import { useTranslations } from '../../src/site/i18n';
import { languages } from '../../src/site/languages';
import type { TocItem } from '../../src/components/article/toc';
import { render } from '../support/render';

const item = (id: string, title: string, children: TocItem[] = []): TocItem => ({ id, title, children });
const items = [
  item('points', 'Points'),
  item('details', 'Details', [item('background', 'Background'), item('study', 'Study')]),
  item('glossary', 'Glossary'),
];

describe.each(languages)('TableOfContents in %s', (lang) => {
  test('is a navigation landmark whose accessible name is its heading, in the page’s language', async () => {
    const body = await render(TableOfContents, { props: { lang, items } });
    const nav = body.querySelector('nav');
    const heading = body.querySelector(`#${nav?.getAttribute('aria-labelledby')}`);
    expect([heading?.localName, heading?.textContent]).toEqual(['h2', useTranslations(lang)('nav.toc')]);
  });

  test('links every section in reading order, subsections in a list inside their parent’s item', async () => {
    const body = await render(TableOfContents, { props: { lang, items } });
    const links = (list: Element | null | undefined) =>
      [...(list?.querySelectorAll(':scope > li > a:not(.parallel-link)') ?? [])].map((a) => [
        a.getAttribute('href'),
        a.textContent,
      ]);
    const top = body.querySelector('nav > ol');
    expect(links(top)).toEqual([
      ['#points', 'Points'],
      ['#details', 'Details'],
      ['#glossary', 'Glossary'],
    ]);
    expect(links(top?.children[1]?.querySelector('ol'))).toEqual([
      ['#background', 'Background'],
      ['#study', 'Study'],
    ]);
    expect(top?.querySelectorAll('ol')).toHaveLength(1);
  });

  test('is left out of print', async () => {
    const body = await render(TableOfContents, { props: { lang, items } });
    expect(body.querySelector('nav')?.classList.contains('print:hidden')).toBe(true);
  });
});
