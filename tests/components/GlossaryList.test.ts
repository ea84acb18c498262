import { describe, expect, test, vi } from 'vitest';
import GlossaryList from '../../src/components/glossary/GlossaryList.astro';
import { render } from '../support/render';

const entries = [
  { id: 'alk-fusion-gene', term: 'ALK fusion gene', definition: 'A.', number: 1, marker: '※1' },
  { id: 'alk-inhibitor', term: 'ALK inhibitor', definition: 'B.', number: 2, marker: '※2' },
];
const backlinks = { 'alk-fusion-gene': ['#en-overview-1'], 'alk-inhibitor': [] };

// Each entry names the term in the other language, from its glossary: no collection is loaded here.
vi.mock('../../src/content/query', () => ({ getGlossary: () => Promise.resolve(entries) }));

/** Each entry's id and ※ number. */
const rows = (body: HTMLElement) => [...body.querySelectorAll('dl.glossary > .glossary-entry')].map((entry) => [entry.id, entry.querySelector('.glossary-number')?.textContent]);

describe('GlossaryList', () => {
  test('lists every entry under its id, with the number the content model gave it', async () => {
    expect(rows(await render(GlossaryList, { props: { lang: 'en', entries, backlinks } }))).toEqual([
      ['alk-fusion-gene', '※1'],
      ['alk-inhibitor', '※2'],
    ]);
  });

  test('puts one link of each entry in the tab order, the term’s page, which links its other name and its uses too', async () => {
    const body = await render(GlossaryList, { props: { lang: 'en', entries, backlinks } });
    const entry = body.querySelector('#alk-fusion-gene');
    const links = [...(entry?.querySelectorAll('a') ?? [])].map((a) => [a.getAttribute('href'), a.getAttribute('tabindex')]);
    expect(links).toEqual([
      ['/en/glossary/alk-fusion-gene/', null],
      ['/ja/glossary/alk-fusion-gene/', '-1'],
      ['#en-overview-1', '-1'],
    ]);
  });

  test('shows one entry alone, its number kept and its id prefixed, for a cell of the parallel view', async () => {
    expect(rows(await render(GlossaryList, { props: { lang: 'en', entries, backlinks, only: 'alk-inhibitor', prefix: 'en-' } }))).toEqual([['en-alk-inhibitor', '※2']]);
  });
});
