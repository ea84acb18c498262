/**
 * Names the place a ⇄ link leads to, so that each link says where it goes ("Overview, paragraph 2,
 * side by side") rather than sharing one name with every other.
 */
import { useTranslations } from '../site/i18n';
import { headingId } from '../site/ids';
import type { Lang } from '../site/languages';

/** What naming reads of a section. */
export interface PlacedSection {
  id: string;
  title: string;
  blocks: ReadonlyArray<{ id: string; element: string; text: string }>;
  entries?: ReadonlyArray<{ id: string; term: string }> | undefined;
}

/** The words of the interface a place is named with, in the page's language. */
export interface PlaceWords {
  paragraph: (section: string, n: number) => string;
  item: (section: string, n: number) => string;
  entry: (section: string, term: string) => string;
}

/**
 * The place of a part of the text: a section (by its heading's id), a paragraph, a list item, a
 * glossary entry, or a heading or address by its own words; undefined for a part the text does
 * not hold (one the section's page adds, such as the citation's).
 * @param sections The sections of one language, in order.
 * @param id The id of the part.
 * @param words How the interface words a place.
 * @example blockPlace([{ id: 'overview', title: 'Overview', blocks: [{ id: 'overview-1', element: 'p', text: '' }] }], 'overview-1', words) // 'Overview, paragraph 1'
 */
export function blockPlace(sections: readonly PlacedSection[], id: string, words: PlaceWords): string | undefined {
  for (const section of sections) {
    if (headingId(section.id) === id) return section.title;
    const block = section.blocks.find((b) => b.id === id);
    if (block) {
      const n = section.blocks.filter((b) => b.element === block.element).indexOf(block) + 1;
      if (block.element === 'p') return words.paragraph(section.title, n);
      if (block.element === 'li') return words.item(section.title, n);
      return `${section.title}, ${block.text.split('\n')[0]}`;
    }
    const entry = section.entries?.find((e) => e.id === id);
    if (entry) return words.entry(section.title, entry.term);
  }
  return undefined;
}

/**
 * How one language words a place, from its dictionary.
 * @example placeWords('en').paragraph('Overview', 2) // 'Overview, paragraph 2'
 */
export function placeWords(lang: Lang): PlaceWords {
  const t = useTranslations(lang);
  return {
    paragraph: (section, n) => t('glance.paragraph', { section, n }),
    item: (section, n) => t('glance.item', { section, n }),
    entry: (section, term) => t('parallel.entry', { section, term }),
  };
}
