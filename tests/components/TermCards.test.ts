import { describe, expect, test, vi } from 'vitest';
import TermCards from '../../src/components/glossary/TermCards.astro';
import { idReferenceAttributes } from '../../src/site/id-references';
import { render } from '../support/render';

const entries = [{ id: 'gsk3-inhibitor', term: 'GSK3 inhibitor', definition: 'D.', number: 5, marker: '※5' }];

// Each card names the term in the other language, from its glossary: no collection is loaded here.
vi.mock('../../src/content/query', () => ({ getGlossary: () => Promise.resolve(entries) }));

/** Every id of the cards, and every id they reference, fragment links included. */
async function ids(prefix?: string): Promise<string[]> {
  const body = await render(TermCards, { props: { lang: 'en', ...(prefix === undefined ? {} : { prefix }) } });
  const named = idReferenceAttributes.flatMap((name) => [...body.querySelectorAll(`[${name}]`)].map((el) => el.getAttribute(name) ?? ''));
  const links = [...body.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href') ?? '');
  return [...[...body.querySelectorAll('[id]')].map((el) => el.id), ...named, ...links].sort();
}

describe('TermCards', () => {
  test('numbers each card as the content model numbered its term', async () => {
    const body = await render(TermCards, { props: { lang: 'en' } });
    expect(body.querySelector('.term-card-number')?.textContent).toBe('※5');
  });

  test('gives each card its id, its label and its close button, and links it to the glossary', async () => {
    expect(await ids()).toEqual(['#gsk3-inhibitor', 'card-gsk3-inhibitor', 'card-gsk3-inhibitor', 'card-gsk3-inhibitor-term', 'card-gsk3-inhibitor-term']);
  });

  test("prefixes every id and every reference to one, so that a language's cards share the parallel view", async () => {
    expect(await ids('ja-')).toEqual(['#ja-gsk3-inhibitor', 'ja-card-gsk3-inhibitor', 'ja-card-gsk3-inhibitor', 'ja-card-gsk3-inhibitor-term', 'ja-card-gsk3-inhibitor-term']);
  });
});
