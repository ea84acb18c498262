import { termReferences } from './content-source';

/** A sentence of the release that uses a glossary term, and where it stands. */
export interface TermUse {
  /** Id of the block (paragraph, list item…) the sentence is in; the article's anchor for it. */
  block: string;
  /** Id of the section the block is in. */
  section: string;
  /** The sentence as readers see it, with the term's ※ marker removed. */
  sentence: string;
}

/** Stands in for a `<Term>` while the markup around it is stripped; no release text contains it. */
const marker = '\u{E000}';
const blockElement = (id: string) => new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*?\\sid="${id}"[^>]*>([\\s\\S]*?)</\\1>`);

/**
 * The text of the sentence around a marked place in a block's markup: tags dropped, whitespace
 * folded, sentences found by the language's rules (`Intl.Segmenter`).
 * @example sentenceAt('<b>A.</b> B<Term id="x" />. C.', /<Term id="x" \/>/, 'en') // 'B.'
 */
export function sentenceAt(markup: string, place: RegExp, lang: string): string | undefined {
  const text = markup
    .replace(place, marker)
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const segments = new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text);
  const found = [...segments].find((s) => s.segment.includes(marker));
  return found?.segment.replace(marker, '').trim();
}

/**
 * Every sentence of the release that references a term, in reading order.
 * @param sections Section sources (MDX) in reading order.
 * @param term Glossary entry id.
 * @param lang Language of the sources, for sentence boundaries.
 */
export function termUses(sections: ReadonlyArray<{ id: string; body: string }>, term: string, lang: string): TermUse[] {
  return sections.flatMap((section) =>
    termReferences(section.body)
      .filter((ref) => ref.term === term)
      .map((ref) => {
        const block = ref.block;
        if (!block) throw new Error(`content/${lang}/${section.id}.mdx:${ref.line}: <Term id="${term}" /> stands outside any block with an id; put it inside one, e.g. <p id="…">.`);
        const markup = blockElement(block).exec(section.body)?.[2] ?? '';
        const sentence = sentenceAt(markup, new RegExp(`<Term\\b[^>]*\\bid="${term}"[^>]*/>`), lang);
        if (!sentence) throw new Error(`content/${lang}/${section.id}.mdx: no sentence around <Term id="${term}" /> in block "${block}".`);
        return { block, section: section.id, sentence };
      }),
  );
}
