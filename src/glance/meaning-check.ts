/**
 * Traces "What this means" back to the text, on the content model: every statement restates a
 * block and quotes its words (as at a glance's items do), or says that this site added it and from
 * where; the placeholders name what they stand for; and the edition's description says the panel's
 * finding, so that search results and share cards say what the page says.
 */
import type { ContentProblem } from '../content/problem';
import type { LanguageContent, Publication } from '../content/model';
import { traceQuote, unreadProblems } from './check';
import { meaningFinding, type MeaningFile } from './meaning-source';

/** The placeholders each text may hold, filled from `paper.yaml` and `edition.yaml` when it renders. */
const placeholders = { journal: 'label "peer-reviewed"', released: 'current', reviewed: 'current' } as const;

/**
 * Checks the panel of every language: that each has one and it reads; then that each is traced.
 * Expects sections that are sound (see `sectionProblems`): statements are traced to their blocks.
 * @returns The problems found, empty when every statement is traced or marked as added.
 */
export function checkMeanings(publication: Publication): ContentProblem[] {
  const unread = unreadProblems(
    publication,
    (content) => content.meaning,
    'what-this-means.yaml',
    'Every language has its "What this means" panel; copy the original\'s and write it for this language\'s readers.',
  );
  if (unread.length) return unread;
  return publication.languages.flatMap((content) => (content.meaning ? traceMeaning(content.meaning, content) : []));
}

/** Traces one language's panel to the text of that language. */
function traceMeaning(meaning: MeaningFile, content: LanguageContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { file } = meaning;
  for (const { name, place, statement, line, restatesLine, quoteLine } of meaning.statements) {
    const { text, restates, quote, added } = statement;
    const must = sourceOf(place);
    if (must === 'restates' && added) {
      problems.push({
        file,
        line,
        message: `${name} says what the study is or found, so it must restate the release: replace \`added: ${added}\` with \`restates\` and \`quote\`. This site adds only the journal's record, the trial registries and what to do now.`,
      });
    } else if (must === 'journal-record' && added !== must) {
      problems.push({
        file,
        line,
        message: `${name} comes from the journal's record, not the release: mark it \`added: ${must}\`${restates || quote ? ' instead of `restates` and `quote`' : ''}.`,
      });
    } else if (added && (restates || quote)) {
      problems.push({
        file,
        line,
        message: `${name} is marked \`added: ${added}\` and also restates a block. Keep one: \`restates\` and \`quote\` when the release says it, \`added\` when this site does.`,
      });
    } else if (!added && !(restates && quote)) {
      const lacking = restates ? '`quote`' : quote ? '`restates`' : '`restates` and `quote`';
      problems.push({
        file,
        line,
        message: `${name} ("${text}") lacks ${lacking}. Name the block it restates and quote its words exactly, or mark it \`added\` with where it comes from.`,
      });
    } else if (restates && quote) {
      problems.push(
        ...traceQuote(
          { name, restates, quote, restatesLine, quoteLine },
          [{ text: withoutPlaceholders(text), line }],
          file,
          content,
        ),
      );
    }
  }
  problems.push(...placeholderProblems(meaning), ...descriptionProblems(meaning, content));
  return problems;
}

/**
 * Where a statement may come from: what the study is, found and does not show restates the
 * release; peer review is the journal's record; what to do now may be added.
 */
function sourceOf(place: string): 'restates' | 'journal-record' | 'either' {
  if (place === 'peer-reviewed') return 'journal-record';
  return place === 'now' ? 'either' : 'restates';
}

/** A placeholder anywhere but in the text it belongs to, or missing from it. */
function placeholderProblems(meaning: MeaningFile): ContentProblem[] {
  const { data, file } = meaning;
  if (!data) return [];
  const texts = [
    ...meaning.statements.map((s) => ({ name: s.name, text: s.statement.text, line: s.line })),
    { name: 'current', text: data.current.text, line: meaning.currentLine },
  ];
  const problems: ContentProblem[] = [];
  for (const { name, text, line } of texts) {
    for (const [, key] of text.matchAll(/\{(\w+)\}/g)) {
      const owner = Object.entries(placeholders).find(([placeholder]) => placeholder === key)?.[1];
      if (owner !== name)
        problems.push({
          file,
          line,
          message: `${name} holds "{${key}}", which ${owner ? `belongs in ${owner} only` : 'is no placeholder'}. Placeholders: ${Object.keys(
            placeholders,
          )
            .map((k) => `{${k}}`)
            .join(', ')}.`,
        });
    }
    for (const [key, owner] of Object.entries(placeholders))
      if (owner === name && !text.includes(`{${key}}`))
        problems.push({
          file,
          line,
          message: `${name} must hold "{${key}}", which becomes ${key === 'journal' ? 'the journal of paper.yaml' : `the ${key} date of edition.yaml`}.`,
        });
  }
  return problems;
}

/** The edition's description, unless it is the panel's finding, word for word. */
function descriptionProblems(meaning: MeaningFile, content: LanguageContent): ContentProblem[] {
  const description = content.edition?.data?.description;
  if (!meaning.data || !content.edition || description === undefined) return [];
  const finding = meaningFinding(meaning.data.finding.statements, content.lang);
  if (description === finding) return [];
  return [
    {
      file: content.edition.path,
      line: content.edition.lineOf(['description']),
      message: `the description must say the finding of "What this means" (${meaning.file}), word for word, as search results and share cards show it: write\n  description: ${finding}`,
    },
  ];
}

function withoutPlaceholders(text: string): string {
  return text.replace(/\{\w+\}/g, '');
}
