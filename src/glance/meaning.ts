/**
 * What the "What this means" panel shows, from its data: the placeholders filled in, and where each
 * link to the text goes. Every block a statement restates is linked once, after the last statement
 * that restates it, so that the panel costs a keyboard reader few tab stops however many of its
 * statements rest on one paragraph.
 */
import type { MeaningData, Statement } from './schema';
import { meaningParts } from './meaning-source';

export interface ShownStatement {
  text: string;
  /** The block to link after this statement, when it is the last to restate that block. */
  source?: string | undefined;
}

export interface MeaningView {
  title: string;
  labels: Array<{ key: string; label: string } & ShownStatement>;
  parts: Array<{ key: (typeof meaningParts)[number]; heading: string; statements: ShownStatement[] }>;
  links: MeaningData['now']['links'];
  current: { heading: string; text: string };
}

/** Every statement of the panel, in the order it shows them: the labels, then the parts. */
const statementsOf = (data: MeaningData): Statement[] => [
  ...Object.values(data.labels),
  ...meaningParts.flatMap((part) => data[part].statements),
];

/** The blocks the panel links, each once: a later link to one of them is a stop a keyboard has passed. */
export const linkedBlocks = (data: MeaningData): Set<string> =>
  new Set(statementsOf(data).flatMap((statement) => (statement.restates ? [statement.restates] : [])));

/**
 * The panel of one language, ready to render.
 * @param data The panel as its file gives it.
 * @param values What the placeholders stand for: `journal`, `released`, `reviewed`.
 * @example meaningView(data, { journal: 'npj Precision Oncology', released: '17 March 2022', reviewed: '6 December 2026' }).labels[0].text // 'Yes: published in npj Precision Oncology (from the journal's record)'
 */
export function meaningView(
  data: MeaningData,
  values: Record<'journal' | 'released' | 'reviewed', string>,
): MeaningView {
  const fill = (text: string) =>
    text.replace(
      /\{(\w+)\}/g,
      (placeholder, name: string) => (values as Partial<Record<string, string>>)[name] ?? placeholder,
    );
  const labelStatements = Object.entries(data.labels);
  const last = new Map(
    statementsOf(data).flatMap((statement) => (statement.restates ? [[statement.restates, statement] as const] : [])),
  );
  const shown = (statement: Statement): ShownStatement => ({
    text: fill(statement.text),
    source: statement.restates && last.get(statement.restates) === statement ? statement.restates : undefined,
  });
  return {
    title: data.title,
    labels: labelStatements.map(([key, label]) => ({ key, label: label.label, ...shown(label) })),
    parts: meaningParts.map((key) => ({
      key,
      heading: data[key].heading,
      statements: data[key].statements.map(shown),
    })),
    links: data.now.links,
    current: { heading: data.current.heading, text: fill(data.current.text) },
  };
}
