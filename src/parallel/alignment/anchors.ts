/**
 * The anchors of a sentence: what its counterpart must hold too, and so what keeps the two in one
 * group. Numbers (written in digits, or in words in English), names in Latin script (ALK, GSK3,
 * JFCR-028-3) and the ※ terms the sentence marks.
 */

/** English number words, as the translation writes small numbers the original gives in digits. */
const numberWords: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

/**
 * The numbers and Latin-script words of a text, as anchors: digits as written, words lower-cased.
 * @example tokens('Five ALK inhibitors, 3–5%') // ['5', 'alk', 'inhibitors', '3', '5']
 */
export function tokens(text: string): string[] {
  // A code of letters and digits (JFCR-028-3, LY2090314) is one anchor; words joined by a hyphen
  // (ALK-positive) and ranges (3-5) are several, as the other language may write them apart.
  return [...text.normalize('NFKC').matchAll(/[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*/g)].flatMap(([token]) => {
    const parts = /\d/.test(token) && /[A-Za-z]/.test(token) ? [token] : token.split(/-/);
    return parts.map((part) => numberWords[part.toLowerCase()] ?? part.toLowerCase());
  });
}

/**
 * Each sentence's anchors, kept to those the other language's block holds too (an English word the
 * Japanese never writes anchors nothing), with the ※ terms each sentence marks.
 * @param texts Each sentence's text, in one language.
 * @param otherText The other language's whole block.
 * @param terms For each sentence, the ids of the glossary terms it marks.
 * @example anchorsOf(['ALKは5種類。'], 'Five ALK inhibitors.', [['alk-inhibitor']]) // [['alk', '5', '※alk-inhibitor']]
 */
export function anchorsOf(
  texts: readonly string[],
  otherText: string,
  terms: ReadonlyArray<readonly string[]>,
): string[][] {
  const other = new Set(tokens(otherText));
  return texts.map((text, i) => [
    ...new Set(tokens(text).filter((token) => other.has(token))),
    ...(terms[i] ?? []).map((term) => `※${term}`),
  ]);
}
