import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { blockTexts, checkGlances, foldText, numbersIn, type BlockSource, type GlanceSource } from '../../src/lib/glance-check';
import { formatProblem } from '../../src/lib/edition-check';
import { glanceSchema } from '../../src/schemas/content';

const fixture = 'tests/fixtures/edition';
const sections: BlockSource[] = ['ja', 'en'].map((lang) => ({
  file: `${fixture}/${lang}/overview.mdx`,
  lang,
  source: readFileSync(`${fixture}/${lang}/overview.mdx`, 'utf8'),
}));

/** The fixture's summary files, the English one changed by `change`, checked against `text` (the fixture's). */
function problemsWith(change: (text: string) => string = (t) => t, text = sections): string[] {
  const glances: GlanceSource[] = ['ja', 'en'].map((lang) => {
    const file = `${fixture}/${lang}/at-a-glance.yaml`;
    const original = readFileSync(file, 'utf8');
    const raw = lang === 'en' ? change(original) : original;
    return { file, lang, raw, data: glanceSchema.parse(parse(raw)) };
  });
  return checkGlances(glances, text).map(formatProblem);
}

describe('numbersIn', () => {
  test.each([
    // A range with a percent sign is one number, whatever the dash.
    ['日本人の肺腺がん患者の3-5%では', ['3-5%']],
    ['In 3–5% of Japanese patients', ['3-5%']],
    // English spells small numbers out: "five" and 5 are the same number.
    ['five ALK inhibitors have been approved', ['5']],
    ['after one week', ['1']],
    ['1 week', ['1']],
    // Digits inside names are not numbers.
    ['GSK3 inhibitor LY2090314 and JFCR-028-3 cells', []],
    // Full-width digits are digits.
    ['約９０種類', ['90']],
  ])('%s', (text, numbers) => {
    expect(numbersIn(text)).toEqual(numbers);
  });
});

describe('blockTexts', () => {
  test('gives each block its text without markup, and its line', () => {
    const blocks = blockTexts('---\ntitle: x\n---\n\n<p id="a">one<Term id="t" /> two</p>\n<ul>\n  <li id="b">three</li>\n</ul>');
    expect(blocks.get('a')).toEqual({ text: 'one two', line: 5 });
    expect(blocks.get('b')).toEqual({ text: 'three', line: 7 });
  });
});

describe('foldText', () => {
  test('ignores width, dash and spacing differences', () => {
    expect(foldText('３－５ %')).toBe(foldText('3-5%'));
  });
});

describe('checkGlances', () => {
  test('finds nothing wrong with the fixture', () => {
    expect(problemsWith()).toEqual([]);
  });

  test.each([
    // An item restating a block the text does not have.
    ['an unknown block', (t: string) => t.replace('{ figure: Second, label: paragraph, restates: overview-2', '{ figure: Second, label: paragraph, restates: overview-9'), /at-a-glance\.yaml:17: number 1 \("Second"\) restates "overview-9", which is no block of this language/],
    // A quote the block does not contain.
    ['a misquote', (t: string) => t.replace('quote: A paragraph that uses a term }', 'quote: A paragraph that uses two terms }'), /at-a-glance\.yaml:6: legend "cell" quotes "A paragraph that uses two terms", which is not in "overview-1" \(tests\/fixtures\/edition\/en\/overview\.mdx:6\)/],
    // A key number its quote does not contain.
    ['a number not in its quote', (t: string) => t.replace('figure: Second', 'figure: "12%"'), /number 1 \("12%"\) shows the number 12%, which its quote from "overview-2" .* does not contain/],
    // A number spelled out in a label counts as a number too.
    ['a number word not in its quote', (t: string) => t.replace('title: [Treat]', 'title: [Treat twice, two times]'), /step "treatment" shows the number 2/],
    // A label line the drawing has no room for.
    ['a label line too long', (t: string) => t.replace('from: [a], to: [b], text: Treated.', 'from: [a label far too long for its place], to: [b], text: Treated.'), /step "treatment": the line "a label far too long for its place" is too long/],
    // Steps out of the drawing's order.
    ['steps out of order', (t: string) => t.replace('id: treatment', 'id: TEMP').replace('id: resistance', 'id: treatment').replace('id: TEMP', 'id: resistance'), /the figure's steps must be, in this order: treatment, resistance/],
    // A translation restating another block than the original.
    ['a translation restating another block', (t: string) => t.replace('{ label: dead, restates: overview-1, quote: A paragraph that uses a term }', '{ label: dead, restates: overview-2, quote: A second paragraph }'), /en\/at-a-glance\.yaml: the items must restate the same blocks as .*ja\/at-a-glance\.yaml[\s\S]*legend "dead" → overview-2/],
  ])('reports %s, naming the file', (_, change, message) => {
    expect(problemsWith(change).join('\n')).toMatch(message);
  });

  test('reports a block left unclosed in the text once, in its section file, not as unknown to every item', () => {
    // The last block of the file, so that no later closing tag hides the missing one.
    const lastUnclosed = (source: string) => source.replace(/\n<p id="overview-3">.*<\/p>\n/, '\n').replace('A second paragraph.</p>', 'A second paragraph.');
    const unclosed = sections.map((s) => (s.lang === 'en' ? { ...s, source: lastUnclosed(s.source) } : s));
    expect(problemsWith(undefined, unclosed)).toEqual([
      'tests/fixtures/edition/en/overview.mdx:8: the block "overview-2" has no closing tag, so the MDX does not parse. Close it.',
    ]);
  });
});
