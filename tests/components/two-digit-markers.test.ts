import { describe, expect, test, vi } from 'vitest';
import GlossaryList from '../../src/components/glossary/GlossaryList.astro';
import TermCards from '../../src/components/glossary/TermCards.astro';
import TermRef from '../../src/components/glossary/TermRef.astro';
import { numberEntries } from '../../src/content/model';
import { useTranslations } from '../../src/site/i18n';
import { termCard } from '../../src/share-image/card';
import { render } from '../support/render';

/**
 * A glossary of twelve terms, numbered and marked as the content loader does it: the markers
 * past ※9 take two digits, everywhere a reader meets them.
 */
const entries = numberEntries(
  Array.from({ length: 12 }, (_, index) => ({
    id: `term-${index + 1}`,
    term: `Term ${index + 1}`,
    definition: `Definition ${index + 1}.`,
  })),
).map((entry) => ({ ...entry, marker: useTranslations('en')('term.marker', { n: entry.number }) }));
const backlinks = Object.fromEntries(entries.map((entry) => [entry.id, [`#block-${entry.number}`]]));

// Markers, cards and entries read the glossary of each language: no collection is loaded here.
vi.mock('../../src/content/query', () => ({ getGlossary: () => Promise.resolve(entries) }));

describe('a glossary of ten terms or more', () => {
  test('marks a reference to the twelfth term ※12, and names it so', async () => {
    const marker = (await render(TermRef, { props: { lang: 'en', id: 'term-12' } })).querySelector('a.term-ref');
    expect(marker?.textContent).toBe('※12');
    expect(marker?.getAttribute('aria-label')).toMatch(/^※12 .*Term 12/);
    expect(marker?.getAttribute('href')).toBe('#term-12');
  });

  test('numbers every card and every glossary entry in order, ※1 to ※12', async () => {
    const numbers = entries.map((entry) => `※${entry.number}`);
    const cards = await render(TermCards, { props: { lang: 'en' } });
    expect([...cards.querySelectorAll('.term-card-number')].map((n) => n.textContent)).toEqual(numbers);
    const glossary = await render(GlossaryList, { props: { lang: 'en', entries, backlinks } });
    expect([...glossary.querySelectorAll('.glossary-number')].map((n) => n.textContent)).toEqual(numbers);
  });

  test("heads the twelfth term's share image ※12", () => {
    const edition = { institution: 'Institution', dateline: 'Dateline' } as Parameters<typeof termCard>[1];
    expect(termCard('en', edition, entries[11]!).kicker).toMatch(/※12$/);
  });
});
