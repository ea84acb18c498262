/**
 * A stand-in for `astro:content` holding fixture glossaries, for components that read the
 * glossary, as Starlight's `__tests__/test-utils.ts` mocks its collections. The real module works
 * under Vitest, but it reads the store the last `astro dev`, `astro sync` or build wrote
 * (`.astro/data-store.json`), whichever content that was; a test must not depend on it.
 * @example vi.mock('astro:content', () => mockedAstroContent({ ja: [entry], en: [entry] }))
 */
import { vi } from 'vitest';
import type { Lang } from '../../src/site/languages';
import type { GlossaryEntry } from '../../src/content/schema';

/** `astro:content` whose `sections` collection is one glossary section per language, numbered in the order given. */
export async function mockedAstroContent(glossaries: Record<Lang, GlossaryEntry[]>) {
  const actual = await vi.importActual<typeof import('astro:content')>('astro:content');
  const sections = Object.entries(glossaries).map(([lang, entries]) => ({
    id: `${lang}/glossary`,
    collection: 'sections',
    data: {
      title: 'Glossary',
      order: 1,
      entries: entries.map((entry, index) => ({ ...entry, number: index + 1 })),
      references: [],
      blocks: [],
    },
  }));
  return {
    ...actual,
    getCollection: (collection: string, filter: (entry: (typeof sections)[number]) => unknown = () => true) =>
      Promise.resolve(collection === 'sections' ? sections.filter(filter) : []),
  };
}
