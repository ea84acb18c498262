/**
 * Traces at a glance (the drawing and the key numbers) back to the text, on the content model:
 * every label and key number names the block it restates and quotes the words of that block it
 * rests on, every number it shows is in that quote, every label fits the drawing, and every
 * language restates the same blocks.
 */
import { where, type ContentProblem } from '../content/problem';
import type { Publication, LanguageContent } from '../content/model';
import type { GlanceFile, ShownText } from './source';
import { glancePanelIds, glanceSizes, textWidth } from './layout';

/**
 * Folds what an edition may change without changing a word: character width, dashes, spaces.
 * @example foldText('３－５ %') // '3-5%'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
}

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * The numbers a reader would read in a text, as digits: "3–5%" is one number, "five" is 5 (English
 * spells small numbers out), digits inside a name such as GSK3, LY2090314 or JFCR-028-3 are not numbers.
 * @example numbersIn('In 3–5% of patients, five drugs; GSK3') // ['3-5%', '5']
 */
export function numbersIn(text: string): string[] {
  const plain = text.normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-');
  const digits = [...plain.matchAll(/(?<![A-Za-z0-9.-])\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)?(?:\s*%)?/g)].map((m) =>
    m[0].replace(/\s+/g, ''),
  );
  const words = [...plain.matchAll(new RegExp(`\\b(${numberWords.join('|')})\\b`, 'gi'))].map((m) =>
    String(numberWords.indexOf((m[1] ?? '').toLowerCase())),
  );
  return [...digits, ...words];
}

/**
 * What keeps a summary from being traced in any language: the problems of reading its file, or that the file is missing.
 * @param read The language's file, as the content model read it.
 * @param name The file's name in each language's folder.
 * @param advice What to tell the author whose language lacks the file.
 */
export function unreadProblems(
  publication: Publication,
  read: (content: LanguageContent) => { problems: ContentProblem[] } | undefined,
  name: string,
  advice: string,
): ContentProblem[] {
  return publication.languages.flatMap(
    (content) => read(content)?.problems ?? [{ file: `${content.dir}/${name}`, message: `missing. ${advice}` }],
  );
}

/**
 * Checks at a glance in every language, in stages, each only when the one before found nothing:
 * that each language's is there and reads (YAML, schema); that each is traced to its language's
 * text; that each translation's restates the same blocks as the original's.
 * Expects sections that are sound (see `sectionProblems`): at a glance is traced to their blocks.
 * @returns The problems found, empty when every label and number is traced.
 */
export function checkGlances(publication: Publication): ContentProblem[] {
  const unread = unreadProblems(
    publication,
    (content) => content.glance,
    'at-a-glance.yaml',
    "Every language has its at-a-glance file, the drawing and the key numbers; copy the original's and translate it.",
  );
  if (unread.length) return unread;
  const problems = publication.languages.flatMap((content) =>
    content.glance ? traceGlance(content.glance, content) : [],
  );
  // Comparing languages is worth it only once each is traced: an item restating no block differs anyway.
  const [original, ...translations] = publication.languages.flatMap((content) => content.glance ?? []);
  if (!original || problems.length) return problems;
  const expected = sourcesOf(original);
  for (const translation of translations) {
    const found = sourcesOf(translation);
    if (expected.join('\n') !== found.join('\n'))
      problems.push({
        file: translation.file,
        message: `the items must restate the same blocks as ${original.file}: expected\n  ${expected.join('\n  ')}\nfound\n  ${found.join('\n  ')}`,
      });
  }
  return problems;
}

/** Traces one language's at a glance to the text of that language. */
function traceGlance(glance: GlanceFile, content: LanguageContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file: glance.file, line, message });

  const steps = glance.steps.map((s) => s.id);
  if (steps.join() !== glancePanelIds.join())
    problem(
      glance.stepsLine,
      `the figure's steps must be, in this order: ${glancePanelIds.join(', ')}; found ${steps.join(', ')}.`,
    );

  for (const item of glance.items) problems.push(...traceQuote(item, item.shown, glance.file, content));

  const tooLong = (lines: ReadonlyArray<{ text: string; line: number }>, ems: number, bold = false) =>
    lines.filter((line) => textWidth(line.text, bold) > ems);
  for (const step of glance.steps) {
    const long = [
      ...tooLong(step.title, glanceSizes.titleWidth / glanceSizes.titleSize, true),
      ...tooLong(step.labels, glanceSizes.labelWidth / glanceSizes.labelSize),
    ];
    for (const { text, line } of long)
      problem(line, `step "${step.id}": the line "${text}" is too long for the drawing; split it into shorter lines.`);
  }
  return problems;
}

/** Where a traced statement says it comes from, and the lines to name when it does not. */
export interface Trace {
  /** How authors recognise it in messages: `step "treatment"`, `finding 2`. */
  name: string;
  restates: string;
  quote: string;
  restatesLine: number;
  quoteLine: number;
}

/**
 * Checks one trace against the text of its language: the block it names exists, the quote is in
 * that block's words, and every number shown is in the quote.
 * @param trace What the item restates and quotes.
 * @param shown Every text the item shows readers, with its line.
 * @param content The item's language.
 */
export function traceQuote(
  trace: Trace,
  shown: readonly ShownText[],
  file: string,
  content: LanguageContent,
): ContentProblem[] {
  const block = content.blocks.find((b) => b.id === trace.restates);
  if (!block)
    return [
      {
        file,
        line: trace.restatesLine,
        message: `${trace.name} restates "${trace.restates}", which is no block of this language. Name the id of the paragraph or list item it comes from.`,
      },
    ];
  const place = where({ file: block.file, line: block.position.start.line });
  if (!foldText(block.text).includes(foldText(trace.quote)))
    return [
      {
        file,
        line: trace.quoteLine,
        message: `${trace.name} quotes "${trace.quote}", which is not in "${trace.restates}" (${place}). Quote the block's words exactly.`,
      },
    ];
  const quoted = new Set(numbersIn(trace.quote));
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const { text, line } of shown)
    for (const n of numbersIn(text))
      if (!quoted.has(n) && !reported.has(n)) {
        reported.add(n);
        problems.push({
          file,
          line,
          message: `${trace.name} shows the number ${n}, which its quote from "${trace.restates}" (${place}) does not contain.`,
        });
      }
  return problems;
}

/** What must match across languages: the blocks each item restates, in the same order. */
function sourcesOf(glance: GlanceFile): string[] {
  return glance.items.map((item) => `${item.key} → ${item.restates}`);
}
