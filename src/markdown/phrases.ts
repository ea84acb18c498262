/**
 * Where a line of Japanese may end. Japanese puts no spaces between words, and a browser left to
 * itself ends a line between any two characters, inside a word (薬|剤) as readily as between
 * words; `word-break: auto-phrase` finds phrases in Chromium only, and its model splits words too
 * (遺伝|子, 薬|剤 in the headline). So the build finds the phrases (文節) with BudouX, Google's phrase
 * segmenter, and the pages put a `<wbr>` between them (`Phrases.astro`, `mdx-phrases.ts`): a break
 * opportunity that is no character, so the text readers copy and search engines read stays as it
 * is written.
 */
import { Parser, jaModel } from 'budoux';

/**
 * BudouX's parser with its Japanese model; its HTML processor is not used, as the pages write their
 * `<wbr>` themselves.
 */
const parser = new Parser(jaModel);

/**
 * The phrases of a Japanese text, in order; joined, they are the text.
 * @param text Japanese text.
 * @example phrases('研究の概要') // ['研究の', '概要']
 */
export function phrases(text: string): string[] {
  return parser.parse(text);
}
