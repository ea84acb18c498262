/**
 * Decides what an author is told first about broken content. Problems come in stages, each checked
 * only when the one before found nothing, so the root cause leads and nothing that follows from it
 * buries it: files that do not read (characters, MDX syntax and markup, frontmatter, the title
 * blocks and the paper), then the sections as a publication (ids, glossary, references, parity),
 * then at a glance (the drawing and the key numbers) and "What this means", which are traced to
 * the sections.
 */
import { formatProblem, type ContentProblem } from '../problem';
import type { Publication } from '../model';
import { checkPublication } from './publication';
import { checkGlances } from '../../glance/check';
import { checkMeanings } from '../../glance/meaning-check';

/** What to tell the author: a headline, the problems in order, how to go about fixing them. */
export interface ContentReport {
  /** What has problems, e.g. "The edition's content". */
  subject: string;
  /** The problems, the root cause first; never empty. */
  problems: ContentProblem[];
  hint: string;
}

/**
 * The problems of the sections: those of the files that do not read (sections, title blocks, the
 * paper), or, when all read, those of the publication as a whole.
 */
export function sectionProblems(publication: Publication): ContentProblem[] {
  const unread = [
    ...publication.languages.flatMap((content) => [
      ...content.sections.flatMap((section) => section.problems),
      ...(content.edition?.problems ?? [
        {
          file: `${content.dir}/edition.yaml`,
          message: "missing. Every language has its title block; copy the original's and translate it.",
        },
      ]),
    ]),
    ...(publication.paper?.problems ?? [
      {
        file: publication.paperFile,
        message: 'missing: the paper the release reports, its title, authors, journal, publisher, date and DOI.',
      },
    ]),
  ];
  return unread.length ? unread : checkPublication(publication);
}

/** The report on the sections, or undefined when they are sound. */
export function sectionReport(publication: Publication): ContentReport | undefined {
  const problems = sectionProblems(publication);
  if (!problems.length) return undefined;
  return {
    subject: "The edition's content",
    problems,
    hint: 'Each line names the file (and line) to fix. The README lists the content rules.',
  };
}

/**
 * A report on what is traced to the sections, made by `check`; undefined when `check` finds
 * nothing, and undefined too while the sections have problems (`sectionReport` tells those), as
 * nothing can be traced to broken sections.
 */
function tracedReport(check: (publication: Publication) => ContentProblem[], subject: string, hint: string) {
  return (publication: Publication): ContentReport | undefined => {
    if (sectionProblems(publication).length) return undefined;
    const problems = check(publication);
    return problems.length ? { subject, problems, hint } : undefined;
  };
}

/** The report on at a glance, the drawing and the key numbers. */
export const glanceReport = tracedReport(
  checkGlances,
  'At a glance',
  'Each item names the paragraph it restates (`restates`) and quotes its words exactly (`quote`); every number it shows must be in the quote.',
);

/** The report on "What this means": every statement traced, or marked as added. */
export const meaningReport = tracedReport(
  checkMeanings,
  '"What this means"',
  'Each statement names the paragraph it restates (`restates`) and quotes its words exactly (`quote`), or says that this site added it and from where (`added`).',
);

/**
 * The report as one message: the count, then one problem a line.
 * @example formatReport({ subject: 'X', problems: [{ file: 'a.mdx', line: 2, message: 'm' }], hint: '' }) // 'X has 1 problem:\na.mdx:2: m'
 */
export function formatReport(report: ContentReport): string {
  const count = report.problems.length;
  return `${report.subject} has ${count} problem${count > 1 ? 's' : ''}:\n${report.problems.map(formatProblem).join('\n')}`;
}
