import { describe, expect, test } from 'vitest';
import { sentences, sentenceSpans } from '../../../src/parallel/alignment/sentences';

describe('sentences', () => {
  test.each([
    // Intl.Segmenter alone is right here.
    ['ja', '一文目です。二文目です。', ['一文目です。', '二文目です。']],
    ['en', 'One. Two (Figure 2). Three.', ['One. ', 'Two (Figure 2). ', 'Three.']],
    // It leaves an opening bracket at the end of the sentence before: it opens the next.
    ['ja', '残しています。「研究の概要」で参照します。', ['残しています。', '「研究の概要」で参照します。']],
    // It ends a sentence inside brackets: the brackets hold one sentence's words.
    ['ja', 'がん（図1。例）です。次です。', ['がん（図1。例）です。', '次です。']],
    ['en', 'Cells (see the text. Also here) died. Next.', ['Cells (see the text. Also here) died. ', 'Next.']],
    // It ends a sentence after an abbreviation.
    ['en', 'As Fig. 2 shows, Dr. Smith agreed. Next.', ['As Fig. 2 shows, Dr. Smith agreed. ', 'Next.']],
    // A ※ marker written after a sentence's end belongs to that sentence.
    ['ja', 'がんです。※1 次の文です。', ['がんです。※1', ' 次の文です。']],
    // Each line of an address is one.
    ['en', 'Line one\nLine two', ['Line one\n', 'Line two']],
  ])('%s: %j', (lang, text, expected) => {
    expect(sentences(text, lang)).toEqual(expected);
  });

  test('covers the whole text, in order, and finds none in an empty one', () => {
    const text = 'A. B (c. d). E.';
    const spans = sentenceSpans(text, 'en');
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(spans.every((s, i) => s.start === (spans[i - 1]?.end ?? 0))).toBe(true);
    expect(sentenceSpans(' ', 'en')).toEqual([]);
  });
});
