/**
 * The words of each page's share image (the picture a link preview shows): what kind of page it is,
 * its title, a few lines of text and who published the release. draw.ts draws them.
 */
import type { EditionData, NumberedGlossaryEntry } from '../content/schema';
import { useTranslations } from '../site/i18n';
import type { Lang } from '../site/languages';

/** Size Open Graph and Twitter recommend for large images, in pixels. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** The text of a page's share image, top to bottom. */
export interface ShareCard {
  lang: Lang;
  /** Small line above the title: what kind of page this is. */
  kicker: string;
  title: string;
  /** Under the title: one paragraph cut off after a few lines, or several lines of one line each. */
  body: string[];
  /** Who published the release, and when. */
  footer: [institution: string, dateline: string];
}

const footer = (edition: EditionData): ShareCard['footer'] => [edition.institution, edition.dateline];

/** The article's card: the release's headline and description. */
export function articleCard(lang: Lang, edition: EditionData): ShareCard {
  const t = useTranslations(lang);
  return {
    lang,
    kicker: t('share.article'),
    title: edition.headline,
    body: [edition.description],
    footer: footer(edition),
  };
}

/** The glossary's card: its title and the terms it defines, with their ※ numbers. */
export function glossaryCard(lang: Lang, edition: EditionData, entries: readonly NumberedGlossaryEntry[]): ShareCard {
  const t = useTranslations(lang);
  const terms = entries.map((entry) => `${entry.marker} ${entry.term}`);
  return { lang, kicker: t('site.name'), title: t('glossary.title'), body: terms, footer: footer(edition) };
}

/** The card of a page its dictionary entries head and introduce: `<page>.title` and `<page>.lead`. */
export function leadCard(lang: Lang, edition: EditionData, page: 'parallel' | 'embed' | 'cite'): ShareCard {
  const t = useTranslations(lang);
  return {
    lang,
    kicker: t('site.name'),
    title: t(`${page}.title`),
    body: [t(`${page}.lead`)],
    footer: footer(edition),
  };
}

/** A term's card: its ※ number, the term and its definition. */
export function termCard(lang: Lang, edition: EditionData, entry: NumberedGlossaryEntry): ShareCard {
  const t = useTranslations(lang);
  return {
    lang,
    kicker: `${t('glossary.title')} ${entry.marker}`,
    title: entry.term,
    body: [entry.definition],
    footer: footer(edition),
  };
}

/** Every character a card draws, to choose and check its fonts. */
export function cardText(card: ShareCard): string {
  return [card.kicker, card.title, ...card.body, ...card.footer, '…'].join('\n');
}
