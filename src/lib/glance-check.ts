/**
 * Traces the summary ("at a glance") back to the text: every label and key number names the block it
 * restates and quotes the words of that block it rests on, and every number it shows must be in
 * that quote. Works on source text, so the build can name the file to fix.
 */
import { declaredIds, lineAt } from './content-source';
import { formatProblem, type ContentProblem } from './edition-check';
import { glancePanelIds, glanceSizes, textWidth } from './glance-layout';
import type { GlanceData } from '../schemas/content';

/** One `content/<lang>/at-a-glance.yaml`, as the loader read it. */
export interface GlanceSource {
  file: string;
  lang: string;
  /** The file's text, to find the line of a problem. */
  raw: string;
  data: GlanceData;
}

/** One section file of one language. */
export interface BlockSource {
  file: string;
  lang: string;
  source: string;
}

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
  const digits = [...plain.matchAll(/(?<![A-Za-z0-9.-])\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)?(?:\s*%)?/g)].map((m) => m[0].replace(/\s+/g, ''));
  const words = [...plain.matchAll(new RegExp(`\\b(${numberWords.join('|')})\\b`, 'gi'))].map((m) => String(numberWords.indexOf((m[1] ?? '').toLowerCase())));
  return [...digits, ...words];
}

/**
 * The text of every block with an id in an MDX section (`<p id>`, `<li id>`…), tags removed.
 * @example blockTexts('<p id="a">x<Term id="t" />y</p>').get('a') // { text: 'xy', line: 1 }
 */
export function blockTexts(source: string): Map<string, { text: string; line: number }> {
  const blocks = new Map<string, { text: string; line: number }>();
  for (const match of source.matchAll(/<([a-z][a-z0-9]*)\b[^>]*?\sid="([^"]*)"[^>]*>([\s\S]*?)<\/\1>/g)) {
    blocks.set(match[2] ?? '', { text: (match[3] ?? '').replace(/<[^>]*>/g, ''), line: lineAt(source, match.index) });
  }
  return blocks;
}

/**
 * Every traced item of a summary, with a name authors recognise, the words it shows, its source, and
 * where its entry starts in the file: the first `find` after the first `after`.
 */
function tracedItems(data: GlanceData) {
  const { figure, numbers } = data;
  return [
    ...Object.entries(figure.legend).map(([key, item]) => ({ name: `legend "${key}"`, shown: [item.label], item, after: 'legend:', find: `${key}:` })),
    ...figure.steps.map((step) => ({ name: `step "${step.id}"`, shown: [...step.title, ...step.from, ...step.to, step.text], item: step, after: 'steps:', find: step.id })),
    ...numbers.map((item, i) => ({ name: `number ${i + 1} ("${item.figure}")`, shown: [item.figure, item.label], item, after: 'numbers:', find: item.figure })),
  ];
}

/** Line of the first `find` after the first `after` in a file, when both are there. */
function lineOf(raw: string, find: string, after = ''): { line?: number } {
  const start = raw.indexOf(after);
  const at = start < 0 ? -1 : raw.indexOf(find, start);
  return at < 0 ? {} : { line: lineAt(raw, at) };
}

type Located = { line: number; file: string };

/**
 * @param blocks The text of every block of the glance's language that parses, by id.
 * @param declared Where every id of that language is declared, parsed or not.
 */
function checkOne(glance: GlanceSource, blocks: Map<string, { text: string } & Located>, declared: Map<string, Located>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (where: { line?: number }, message: string) => problems.push({ file: glance.file, ...where, message });
  const unclosed = new Set<string>();

  const steps = glance.data.figure.steps.map((s) => s.id);
  if (steps.join() !== glancePanelIds.join())
    problem(lineOf(glance.raw, 'steps:'), `the figure's steps must be, in this order: ${glancePanelIds.join(', ')}; found ${steps.join(', ')}.`);

  for (const { name, shown, item, after, find } of tracedItems(glance.data)) {
    const at = lineOf(glance.raw, find, after);
    const block = blocks.get(item.restates);
    const open = declared.get(item.restates);
    if (!block && open) {
      // The MDX is broken there: name the section file, once, rather than every item that quotes it.
      if (!unclosed.has(item.restates)) problems.push({ ...open, message: `the block "${item.restates}" has no closing tag, so the MDX does not parse. Close it.` });
      unclosed.add(item.restates);
      continue;
    }
    if (!block) {
      problem(at, `${name} restates "${item.restates}", which is no block of this language. Name the id of the paragraph or list item it comes from.`);
      continue;
    }
    const where = formatProblem({ file: block.file, line: block.line, message: '' }).slice(0, -2);
    if (!foldText(block.text).includes(foldText(item.quote))) {
      problem(at, `${name} quotes "${item.quote}", which is not in "${item.restates}" (${where}). Quote the block's words exactly.`);
      continue;
    }
    const quoted = new Set(numbersIn(item.quote));
    for (const n of new Set(shown.flatMap(numbersIn)))
      if (!quoted.has(n)) problem(at, `${name} shows the number ${n}, which its quote from "${item.restates}" (${where}) does not contain.`);
  }

  const tooLong = (lines: readonly string[], ems: number, bold = false) => lines.filter((line) => textWidth(line, bold) > ems);
  for (const step of glance.data.figure.steps) {
    const long = [
      ...tooLong(step.title, glanceSizes.titleWidth / glanceSizes.titleSize, true),
      ...tooLong([...step.from, ...step.to], glanceSizes.labelWidth / glanceSizes.labelSize),
    ];
    for (const line of long) problem(lineOf(glance.raw, line, 'steps:'), `step "${step.id}": the line "${line}" is too long for the drawing; split it into shorter lines.`);
  }
  return problems;
}

/** What must match across languages: the blocks each item restates, in the same order. */
function sourcesOf(data: GlanceData): string[] {
  return tracedItems(data).map(({ name, item }) => `${name.replace(/ \(.*\)$/, '')} → ${item.restates}`);
}

/**
 * Checks each language's summary against that language's text, and every translation's against the
 * original: the same items restating the same blocks.
 * @param glances The summary files, the original language's first.
 * @param sections Every section file of every language.
 * @returns The problems found, empty when every label and number is traced.
 */
export function checkGlances(glances: readonly GlanceSource[], sections: readonly BlockSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const glance of glances) {
    const inLanguage = sections.filter((s) => s.lang === glance.lang);
    const blocks = new Map(inLanguage.flatMap((s) => [...blockTexts(s.source)].map(([id, block]) => [id, { ...block, file: s.file }] as const)));
    const declared = new Map(inLanguage.flatMap((s) => declaredIds(s.source).map(({ id, line }) => [id, { line, file: s.file }] as const)));
    problems.push(...checkOne(glance, blocks, declared));
  }
  const [original, ...translations] = glances;
  if (!original) return problems;
  const expected = sourcesOf(original.data);
  for (const translation of translations) {
    const found = sourcesOf(translation.data);
    if (expected.join('\n') !== found.join('\n'))
      problems.push({
        file: translation.file,
        message: `the items must restate the same blocks as ${original.file}: expected\n  ${expected.join('\n  ')}\nfound\n  ${found.join('\n  ')}`,
      });
  }
  return problems;
}
