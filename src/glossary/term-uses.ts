/**
 * Finds the sentences of the release that use a glossary term, for the term's page: each
 * reference's block, as the content model stored it with the section, cut into sentences by the
 * language's rules around the place of the reference's marker.
 */

/** A sentence of the release that uses a glossary term, and where it stands. */
export interface TermUse {
  /** Id of the block (paragraph, list item…) the sentence is in; the article's anchor for it. */
  block: string;
  /** Id of the section the block is in. */
  section: string;
  /** The sentence as readers see it, with the term's ※ marker removed. */
  sentence: string;
}

/** What this module reads of a section: its id and what the content model stored of it. */
export interface SectionText {
  /** Id of the section, shared by both languages. */
  id: string;
  /** Path of its file, as the content model names it. */
  file: string;
  blocks: ReadonlyArray<{ id: string; text: string }>;
  references: ReadonlyArray<{ term: string; block: string; offset: number; line: number }>;
}

/** Stands in for a `<Term>` while its sentence is found; no release text contains it. */
const marker = '\u{E000}';

/**
 * The sentence of a block's text that holds a given place: whitespace folded, sentences found by
 * the language's rules (`Intl.Segmenter`).
 * @param text The block's text, as the content model reads it.
 * @param offset The place, in UTF-16 code units (a reference's `offset`).
 * @example sentenceAt('One. Two cells grow. Three.', 14, 'en') // 'Two cells grow.'
 */
export function sentenceAt(text: string, offset: number, lang: string): string | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  const folded = `${text.slice(0, offset)}${marker}${text.slice(offset)}`.replace(/\s+/g, ' ').trim();
  const segments = new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(folded);
  return [...segments]
    .find((s) => s.segment.includes(marker))
    ?.segment.replace(marker, '')
    .trim();
}

/**
 * Every sentence of the release that references a term, in reading order.
 * @param sections The sections of one language in reading order.
 * @param term Glossary entry id.
 * @param lang Language of the sections, for sentence boundaries.
 * @throws When a reference's block is missing or holds no sentence there, naming the file and line.
 */
export function termUses(sections: readonly SectionText[], term: string, lang: string): TermUse[] {
  return sections.flatMap((section) =>
    section.references
      .filter((ref) => ref.term === term)
      .map((ref) => {
        const text = section.blocks.find((b) => b.id === ref.block)?.text;
        const sentence = text === undefined ? undefined : sentenceAt(text, ref.offset, lang);
        if (!sentence)
          throw new Error(
            `${section.file}:${ref.line}: no sentence around <Term id="${term}" /> in block "${ref.block}".`,
          );
        return { block: ref.block, section: section.id, sentence };
      }),
  );
}
