/**
 * Reads one language's "What this means", `<lang>/what-this-means.yaml`, with `yaml`: its data
 * checked against the schema, and every statement with the lines it stands on, so that the check
 * can name the line of a broken trace.
 */
import type { ContentProblem } from '../content/problem';
import { readYaml, validateYaml, type YamlPath } from '../content/read/yaml';
import { meaningSchema, type MeaningData, type Statement } from './schema';

export interface PlacedStatement {
  /** How authors recognise it: `finding 2`, `label "study-type"`. */
  name: string;
  /** Where it stands: a label's key (`peer-reviewed`), or a part (`finding`, `not-shown`, `now`). */
  place: string;
  statement: Statement;
  /** Lines of the statement and of its `restates` and `quote`. */
  line: number;
  restatesLine: number;
  quoteLine: number;
}

/** One language's panel, read. */
export interface MeaningFile {
  file: string;
  lang: string;
  /** The data; undefined when the file does not parse or breaks the schema. */
  data: MeaningData | undefined;
  /** Every statement in reading order: the labels, the finding, what it does not show, what to do. */
  statements: PlacedStatement[];
  /** Line of `current`, the text that dates the page. */
  currentLine: number;
  /** What keeps the file from being read: a YAML syntax error, a value the schema rejects. */
  problems: ContentProblem[];
}

/** The parts of the panel made of statements, in reading order. */
export const meaningParts = ['finding', 'not-shown', 'now'] as const;

/**
 * Reads one `what-this-means.yaml`.
 * @param file Path of the file, relative to the project root.
 */
export function readMeaning(file: string, lang: string, text: string): MeaningFile {
  const yaml = readYaml(text, file);
  const { data, problems } = yaml.problems.length
    ? { data: undefined, problems: yaml.problems }
    : validateYaml(meaningSchema, yaml, file, 'field');
  const currentLine = yaml.lineOf(['current', 'text']);
  if (!data) return { file, lang, data, statements: [], currentLine, problems };
  const placed = (name: string, place: string, path: YamlPath, statement: Statement): PlacedStatement => ({
    name,
    place,
    statement,
    line: yaml.lineOf(path),
    restatesLine: yaml.lineOf([...path, 'restates']),
    quoteLine: yaml.lineOf([...path, 'quote']),
  });
  const statements = [
    ...Object.entries(data.labels).map(([key, label]) => placed(`label "${key}"`, key, ['labels', key], label)),
    ...meaningParts.flatMap((part) =>
      data[part].statements.map((statement, i) => placed(`${part} ${i + 1}`, part, [part, 'statements', i], statement)),
    ),
  ];
  return { file, lang, data, statements, currentLine, problems };
}

/**
 * The panel's finding as one text: its sentences, joined as the language joins sentences.
 * @example meaningFinding([{ text: 'A.' }, { text: 'B.' }], 'en') // 'A. B.'
 */
export function meaningFinding(statements: ReadonlyArray<{ text: string }>, lang: string): string {
  return statements.map((s) => s.text).join(lang === 'ja' ? '' : ' ');
}
