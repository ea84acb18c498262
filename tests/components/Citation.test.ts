import { describe, expect, test, vi } from 'vitest';
import Citation from '../../src/components/citation/Citation.astro';
import { citationParts } from '../../src/components/citation/parts';
import { render } from '../support/render';

// The citation's texts come from the paper and the edition: no collection is loaded here.
vi.mock('../../src/metadata/citations', () => ({
  paperCitations: () =>
    Promise.resolve({
      files: [{ kind: 'bibtex', path: '/paper.bib', mediaType: 'application/x-bibtex', text: '@article{a}' }],
      reference: 'Shimizu Y, et al.',
    }),
  pageReference: () => Promise.resolve([{ text: 'JFCR.' }]),
}));
vi.mock('../../src/content/query', () => ({
  getPaper: () =>
    Promise.resolve({
      title: 'T',
      authors: ['A'],
      journal: 'J',
      publisher: 'P',
      published: new Date('2022-03-17'),
      doi: '10.1/x',
    }),
}));

describe('Citation', () => {
  test.each(citationParts.map((id, part) => [part, id]))(
    'part %i alone is the part citationParts lists, with id %s, prefixed',
    async (part, id) => {
      const body = await render(Citation, { props: { lang: 'en', part, prefix: 'en-' } });
      // The part, inside the section it belongs to, if any.
      const shown = [...body.children]
        .filter((el) => !el.matches('script, style'))
        .flatMap((el) => (el.matches('section.cite') ? [...el.children] : [el]));
      expect(shown.map((el) => el.id || undefined)).toEqual([id && `en-${id}`]);
    },
  );

  test('shows every part without one selected, each id prefixed and each section labelled by its heading', async () => {
    const body = await render(Citation, { props: { lang: 'ja', prefix: 'ja-' } });
    expect(
      [...body.querySelectorAll('section.cite')].map((section) => section.getAttribute('aria-labelledby')),
    ).toEqual(['ja-cite-paper-title', 'ja-cite-page-title']);
    expect([...body.querySelectorAll('[id]')].map((el) => el.id)).toEqual([
      'ja-cite-paper-title',
      'ja-cite-files',
      'ja-cite-page-title',
    ]);
  });
});
