/**
 * Reads one language's at a glance, `<lang>/at-a-glance.yaml`, with `yaml`: its data checked
 * against the schema, and every traced item (legend entry, step, key number) with the line it stands on.
 */
import type { ContentProblem } from '../content/problem';
import { readYaml, validateYaml, type YamlPath, type YamlSource } from '../content/read/yaml';
import { glanceSchema, type GlanceData } from './schema';

/** Words the drawing or the key numbers show, and where they are in the file. */
export interface ShownText {
  text: string;
  line: number;
}

/** An item at a glance that restates a block of the text: a legend entry, a step or a key number. */
export interface TracedItem {
  /** How authors recognise it: `legend "cell"`, `step "treatment"`, `number 1 ("3-5%")`. */
  name: string;
  /** The same without what it shows, to compare languages: `number 1`. */
  key: string;
  /** Id of the block it restates. */
  restates: string;
  /** Words of that block it rests on. */
  quote: string;
  /** Every text it shows, where numbers must come from the quote. */
  shown: ShownText[];
  /** Lines of the item, of its `restates` and of its `quote`. */
  line: number;
  restatesLine: number;
  quoteLine: number;
}

/** One language's at a glance, read. */
export interface GlanceFile {
  file: string;
  lang: string;
  /** The data; undefined when the file does not parse or breaks the schema. */
  data: GlanceData | undefined;
  /** Every traced item, legend first, then the steps, then the key numbers. */
  items: TracedItem[];
  /** The figure's steps with the line of each step and each of its label lines. */
  steps: Array<{ id: string; line: number; title: ShownText[]; labels: ShownText[] }>;
  /** Line of the figure's `steps`. */
  stepsLine: number;
  /** What keeps the file from being read: a YAML syntax error, a value the schema rejects. */
  problems: ContentProblem[];
}

/**
 * Reads one `at-a-glance.yaml`.
 * @param file Path of the file, relative to the project root.
 */
export function readGlance(file: string, lang: string, text: string): GlanceFile {
  const yaml = readYaml(text, file);
  const { data, problems } = yaml.problems.length
    ? { data: undefined, problems: yaml.problems }
    : validateYaml(glanceSchema, yaml, file, 'field');
  const stepsLine = yaml.lineOfKey(['figure'], 'steps');
  if (!data) return { file, lang, data, items: [], steps: [], stepsLine, problems };
  const steps = data.figure.steps.map((step, i) => {
    const path = ['figure', 'steps', i];
    return {
      id: step.id,
      line: yaml.lineOf(path),
      title: shownAt(yaml, [...path, 'title'], step.title),
      labels: [...shownAt(yaml, [...path, 'from'], step.from), ...shownAt(yaml, [...path, 'to'], step.to)],
    };
  });
  return { file, lang, data, items: tracedItems(data, yaml), steps, stepsLine, problems };
}

/** Every traced item at a glance, in the file's order of kinds: legend, steps, key numbers. */
function tracedItems(data: GlanceData, yaml: YamlSource): TracedItem[] {
  const item = (
    name: string,
    key: string,
    path: YamlPath,
    source: { restates: string; quote: string },
    shown: ShownText[],
  ): TracedItem => ({
    name,
    key,
    restates: source.restates,
    quote: source.quote,
    shown,
    line: yaml.lineOf(path),
    restatesLine: yaml.lineOf([...path, 'restates']),
    quoteLine: yaml.lineOf([...path, 'quote']),
  });
  const text = (path: YamlPath, value: string): ShownText[] => [{ text: value, line: yaml.lineOf(path) }];
  const many = (path: YamlPath, values: readonly string[]) => shownAt(yaml, path, values);
  return [
    ...Object.entries(data.figure.legend).map(([key, entry]) => {
      const path = ['figure', 'legend', key];
      return item(`legend "${key}"`, `legend "${key}"`, path, entry, text([...path, 'label'], entry.label));
    }),
    ...data.figure.steps.map((step, i) => {
      const path = ['figure', 'steps', i];
      const shown = [
        ...many([...path, 'title'], step.title),
        ...many([...path, 'from'], step.from),
        ...many([...path, 'to'], step.to),
        ...text([...path, 'text'], step.text),
      ];
      return item(`step "${step.id}"`, `step "${step.id}"`, path, step, shown);
    }),
    ...data.numbers.map((number, i) => {
      const path = ['numbers', i];
      return item(`number ${i + 1} ("${number.figure}")`, `number ${i + 1}`, path, number, [
        ...text([...path, 'figure'], number.figure),
        ...text([...path, 'label'], number.label),
      ]);
    }),
  ];
}

/**
 * The items of the sequence at `path`, each with its line.
 * @param path Where the sequence is.
 */
function shownAt(yaml: YamlSource, path: YamlPath, texts: readonly string[]): ShownText[] {
  return texts.map((text, i) => ({ text, line: yaml.lineOf([...path, i]) }));
}
