import { describe, expect, test } from 'vitest';
import { sectionProblems, glanceReport, sectionReport } from '../../src/content/check/stages';
import { formatProblem } from '../../src/content/problem';
import { editionWith, fixture } from '../support/edition';

describe('sectionReport and glanceReport', () => {
  test('find nothing wrong with the fixture', () => {
    const publication = editionWith();
    expect([sectionReport(publication), glanceReport(publication)]).toEqual([undefined, undefined]);
  });

  test('report a block left unclosed once, in its section file, and not as unknown to every item at a glance quoting it', () => {
    // The last block of the file, so that no later closing tag hides the missing one.
    const publication = editionWith({
      'en/overview.mdx': (t) =>
        t.replace(/\n<p id="overview-3">.*<\/p>\n/, '\n').replace('A second paragraph.</p>', 'A second paragraph.'),
    });
    expect(sectionReport(publication)?.problems.map(formatProblem)).toEqual([
      `${fixture}/en/overview.mdx:8:1: the MDX does not parse: Expected a closing tag for \`<p>\` (8:1) before the end of \`paragraph\` (mdx-jsx:unexpected-character)`,
    ]);
    expect(glanceReport(publication)).toBeUndefined();
  });

  test('report the files that do not read before what the edition as a whole gets wrong', () => {
    const publication = editionWith({
      'en/overview.mdx': (t) => t.replace('order: 1', 'order: first'),
      'ja/overview.mdx': (t) => t.replace('term-one', 'term-two'),
    });
    expect(sectionProblems(publication).map(formatProblem)).toEqual([
      `${fixture}/en/overview.mdx:3: frontmatter "order": write a whole number from 1, its place among the sections, e.g. \`order: 3\`. Found: "first".`,
    ]);
  });

  test('report a title block or paper that is missing, naming where it belongs', () => {
    expect(sectionProblems(editionWith({ 'en/edition.yaml': null, 'paper.yaml': null })).map(formatProblem)).toEqual([
      `${fixture}/en/edition.yaml: missing. Every language has its title block; copy the original's and translate it.`,
      `${fixture}/paper.yaml: missing: the paper the release reports, its title, authors, journal, publisher, date and DOI.`,
    ]);
  });

  // At a glance reported once the sections are sound: tests/content/bad-glance.test.ts, through the loaders.
  test('report nothing of at a glance while the sections have problems, even when it is broken too', () => {
    const publication = editionWith({
      'ja/overview.mdx': (t) => t.replace('overview-2', 'overview-1'),
      'en/at-a-glance.yaml': (t) => t.replace('figure: Second', 'figure: 12'),
    });
    expect(sectionReport(publication)?.problems[0]).toMatchObject({ file: `${fixture}/ja/overview.mdx`, line: 8 });
    expect(glanceReport(publication)).toBeUndefined();
  });
});

// formatReport's count and lines: every case of tests/content/bad-*.test.ts, one problem or more, with a line or without.
