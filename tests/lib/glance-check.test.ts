import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/content/problem';
import { checkGlances, foldText, numbersIn } from '../../src/glance/check';
import { editionWith, fixture } from '../support/edition';

/** The problems `checkGlances` finds in the fixture with its English at-a-glance file changed (or left out, for `null`). */
const problemsWith = (change?: ((text: string) => string) | null) =>
  checkGlances(editionWith(change === undefined ? {} : { 'en/at-a-glance.yaml': change })).map(formatProblem);

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

describe('foldText', () => {
  test('ignores width, dash and spacing differences', () => {
    expect(foldText('３－５ %')).toBe(foldText('3-5%'));
  });
});

describe('checkGlances', () => {
  test('finds nothing wrong with the fixture', () => {
    expect(problemsWith()).toEqual([]);
  });

  const en = `${fixture}/en/at-a-glance.yaml`;
  /** The fixture's items and the blocks they restate, the legend's "dead" restating `dead`. */
  const sources = (dead: string) =>
    [
      'legend "cell" → overview-1',
      `legend "dead" → ${dead}`,
      'legend "persister" → overview-1',
      'legend "resistant" → overview-1',
      ...['treatment', 'resistance', 'screen', 'combination', 'resensitised'].map(
        (step) => `step "${step}" → overview-2`,
      ),
      'number 1 → overview-2',
    ].map((line) => `  ${line}`);
  // An unknown block, a misquote, a number not in its quote and a value that breaks the schema: tests/content/bad-glance.test.ts.
  test.each([
    // A number spelled out in a label counts as a number too, reported once.
    [
      'a number word not in its quote',
      (t: string) => t.replace('title: [Treat]', 'title: [Treat twice, two times]'),
      [
        `${en}:11: step "treatment" shows the number 2, which its quote from "overview-2" (${fixture}/en/overview.mdx:8) does not contain.`,
      ],
    ],
    [
      'a label line too long',
      (t: string) =>
        t.replace(
          'from: [a], to: [b], text: Treated.',
          'from: [a label far too long for its place], to: [b], text: Treated.',
        ),
      [
        `${en}:11: step "treatment": the line "a label far too long for its place" is too long for the drawing; split it into shorter lines.`,
      ],
    ],
    [
      'steps out of order',
      (t: string) =>
        t
          .replace('id: treatment', 'id: TEMP')
          .replace('id: resistance', 'id: treatment')
          .replace('id: TEMP', 'id: resistance'),
      [
        `${en}:10: the figure's steps must be, in this order: treatment, resistance, screen, combination, resensitised; found resistance, treatment, screen, combination, resensitised.`,
      ],
    ],
    [
      'a translation restating another block',
      (t: string) =>
        t.replace(
          '{ label: dead, restates: overview-1, quote: A paragraph that uses a term }',
          '{ label: dead, restates: overview-2, quote: A second paragraph }',
        ),
      [
        [
          `${en}: the items must restate the same blocks as ${fixture}/ja/at-a-glance.yaml: expected`,
          ...sources('overview-1'),
          'found',
          ...sources('overview-2'),
        ].join('\n'),
      ],
    ],
  ])('reports %s, naming the file and line', (_, change, expected) => {
    expect(problemsWith(change)).toEqual(expected);
  });

  test('reports a missing at-a-glance file where it belongs', () => {
    expect(problemsWith(null)).toEqual([
      `${fixture}/en/at-a-glance.yaml: missing. Every language has its at-a-glance file, the drawing and the key numbers; copy the original's and translate it.`,
    ]);
  });
});
