/**
 * Finds the sentences of the release that use a glossary term, for the term's page: each
 * reference's block, read from the MDX by the content model's parser, cut into sentences by the
 * language's rules.
 */
import { parseMdx } from './mdx-section';

/** A sentence of the release that uses a glossary term, and where it stands. */
export interface TermUse {
  /** Id of the block (paragraph, list item…) the sentence is in; the article's anchor for it. */
  block: string;
  /** Id of the section the block is in. */
  section: string;
  /** The sentence as readers see it, with the term's ※ marker removed. */
  sentence: string;
}

/** Stands in for a `<Term>` while its sentence is found; no release text contains it. */
const marker = '\u{E000}';

/**
 * The text of the sentence around a marked place in a block's markup: tags dropped, whitespace
 * folded, sentences found by the language's rules (`Intl.Segmenter`).
 * @example sentenceAt('<b>A.</b> B<Term id="x" />. C.', /<Term id="x" \/>/, 'en') // 'B.'
 */
export function sentenceAt(markup: string, place: RegExp, lang: string): string | undefined {
  const [block] = parseMdx(`<p id="block">${markup.replace(place, marker)}</p>`).blocks;
  return sentenceAround(block?.text ?? '', lang);
}

/**
 * Every sentence of the release that references a term, in reading order.
 * @param sections Section sources (MDX) in reading order.
 * @param term Glossary entry id.
 * @param lang Language of the sources, for sentence boundaries.
 */
export function termUses(sections: ReadonlyArray<{ id: string; body: string }>, term: string, lang: string): TermUse[] {
  return sections.flatMap((section) => {
    const { blocks, references } = parseMdx(section.body);
    return references
      .filter((ref) => ref.term === term)
      .map((ref) => {
        const text = blocks.find((b) => b.id === ref.block)?.text;
        if (!ref.block || text === undefined || ref.textOffset === undefined)
          throw new Error(`content/${lang}/${section.id}.mdx:${ref.position.start.line}: <Term id="${term}" /> stands outside any block with an id; put it inside one, e.g. <p id="…">.`);
        const sentence = sentenceAround(`${text.slice(0, ref.textOffset)}${marker}${text.slice(ref.textOffset)}`, lang);
        if (!sentence) throw new Error(`content/${lang}/${section.id}.mdx: no sentence around <Term id="${term}" /> in block "${ref.block}".`);
        return { block: ref.block, section: section.id, sentence };
      });
  });
}

/** The sentence of a text that holds the marker, whitespace folded, without the marker. */
function sentenceAround(text: string, lang: string): string | undefined {
  const folded = text.replace(/\s+/g, ' ').trim();
  const segments = new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(folded);
  return [...segments].find((s) => s.segment.includes(marker))?.segment.replace(marker, '').trim();
}
