/**
 * Cuts a block's text into sentences: `Intl.Segmenter`, with the few things it gets wrong in this
 * text put right, always the same way, so that the content check and the MDX compile, which both
 * call it, find the same sentences.
 */

/** A sentence, as the offsets of its first and past its last character in the block's text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Opening brackets: one the segmenter leaves at a sentence's end opens the next (`。「研究`). */
const opening = '「『（(“‘[【〈《';
/** Closing brackets, each matching the opening one at the same index. */
const closing = '」』）)”’]】〉》';

/** Abbreviations after which the segmenter would end a sentence that goes on (`Fig. 2`, `Dr. Smith`). */
const abbreviation = /(?:^|[\s(（])(?:Fig|Figs|Dr|Mr|Mrs|Ms|Prof|No|Nos|Vol|vs|approx|ca|cf|al|St)\.\s*$/i;

/** A glossary marker written out after a sentence's end (`…です。※1`), which belongs to that sentence. */
const marker = /^※\d*/;

/**
 * The sentences of a text, as spans that cover it from start to end, in order.
 * @param text A block's text, as the content model reads it.
 * @param lang Its language, for the segmenter.
 * @example sentenceSpans('A. B.', 'en') // [{ start: 0, end: 3 }, { start: 3, end: 5 }]
 */
export function sentenceSpans(text: string, lang: string): SentenceSpan[] {
  if (!text.trim()) return [];
  const cuts = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.index).slice(1);
  const kept: number[] = [];
  for (let cut of cuts) {
    while (cut > 0 && opening.includes(text[cut - 1] ?? '')) cut -= 1;
    cut += marker.exec(text.slice(cut))?.[0].length ?? 0;
    const before = text.slice(kept.at(-1) ?? 0, cut);
    if (cut <= (kept.at(-1) ?? 0) || cut >= text.length || !text.slice(cut).trim()) continue;
    if (abbreviation.test(before) || bracketDepth(text.slice(0, cut)) > 0) continue;
    kept.push(cut);
  }
  const starts = [0, ...kept];
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

/**
 * The sentences of a text, as strings.
 * @example sentences('一文目。二文目。', 'ja') // ['一文目。', '二文目。']
 */
export function sentences(text: string, lang: string): string[] {
  return sentenceSpans(text, lang).map(({ start, end }) => text.slice(start, end));
}

/** How many brackets are open at the end of a text: a sentence does not end inside brackets. */
function bracketDepth(text: string): number {
  let depth = 0;
  for (const char of text) {
    if (opening.includes(char) && char !== '’' && char !== '‘') depth += 1;
    else if (closing.includes(char) && char !== '’' && char !== '‘') depth = Math.max(0, depth - 1);
  }
  return depth;
}
