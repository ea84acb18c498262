/**
 * Reads YAML (a section's frontmatter, `at-a-glance.yaml`) with the `yaml` package and its
 * LineCounter, so that a syntax error, and any value a schema rejects, is reported at its exact line.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { at, type ContentProblem } from '../problem';

/** A path into YAML data: map keys and sequence indexes, as schema issues give them. */
export type YamlPath = readonly PropertyKey[];

/** YAML text read with lines: its data, its syntax errors, and where each value stands. */
export interface YamlSource {
  /** The data; `undefined` when the text does not parse. */
  data: unknown;
  /** The first syntax error, at its line, if there is one. */
  problems: ContentProblem[];
  /**
   * Line of the value at `path` in the file, or of its nearest ancestor present (a missing key is
   * reported at the mapping that lacks it).
   */
  lineOf(path: YamlPath): number;
  /** Line of the key `key` of the mapping at `path`, or of the mapping when it has no such key. */
  lineOfKey(path: YamlPath, key: string): number;
}

/**
 * Parses YAML that starts at line `firstLine` of `file`.
 * @param file Path of the file, for problems.
 * @param firstLine Line of the file the text starts on (default: 1).
 * @example readYaml('a: [1, 2]\nb: x\n', 'f.yaml').lineOf(['b']) // 2
 */
export function readYaml(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number | undefined) =>
    offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1;
  // The first error is the cause; those after it are often its consequences, as with the MDX parser.
  const problems = doc.errors
    .slice(0, 1)
    .map((error) => ({ ...at(file, line(error.pos[0])), message: `YAML does not parse: ${error.message}` }));
  return {
    data: problems.length ? undefined : doc.toJS(),
    problems,
    lineOf: (path) => line(deepest(doc.contents, path)?.range?.[0]),
    lineOfKey(path, key) {
      const node = deepest(doc.contents, path);
      const pair = isMap(node) ? node.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
      const keyNode = isPair(pair) && isScalar(pair.key) ? pair.key : node;
      return line(keyNode?.range?.[0]);
    },
  };
}

/**
 * Validates YAML data with a schema, locating each issue at the line of the value it concerns.
 * @param source The YAML, read by `readYaml`.
 * @param file Path of the file, for problems.
 * @param prefix Names what the data is in a message (e.g. `frontmatter`), before the path of the value.
 * @returns The data when valid; otherwise the problems, in the order of their lines.
 */
export function validateYaml<T extends z.ZodType>(
  schema: T,
  source: YamlSource,
  file: string,
  prefix: string,
): { data: z.output<T>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        ...at(file, source.lineOfKey(issue.path, key)),
        message: `${prefix} "${pathName([...issue.path, key])}": unknown field; remove it or check its spelling.`,
      }));
    const found = valueAt(source.data, issue.path);
    const value = found === undefined || found === '' ? '' : ` Found: ${JSON.stringify(found)}.`;
    // YAML reads 12, yes or 2022-03-17 as other than words: quoting is what the author must write.
    const quote =
      issue.code === 'invalid_type' && issue.expected === 'string' && found !== undefined
        ? ` YAML reads it as a ${typeof found}: write it in quotes, "${String(found)}".`
        : '';
    // Zod words a missing field as a value of the wrong type; say what to add, unless the schema says more.
    const key = issue.path.at(-1);
    const missing =
      issue.code === 'invalid_type' &&
      issue.message.startsWith('Invalid input') &&
      typeof key === 'string' &&
      isMissing(source.data, issue.path);
    const message = missing
      ? `missing: add \`${key}:\` with ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}.`
      : sentence(issue.message);
    return [
      {
        ...at(file, source.lineOf(issue.path)),
        message: `${prefix} "${pathName(issue.path)}": ${message}${value}${quote}`,
      },
    ];
  });
  return { data: undefined, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/**
 * A path as a reader of the YAML would write it.
 * @example pathName(['entries', 0, 'id']) // 'entries[0].id'
 */
export function pathName(path: YamlPath): string {
  return (
    path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('') ||
    '(the whole file)'
  );
}

/** The value at `path` in parsed data, when there is one and it is short enough to quote: a scalar. */
function valueAt(data: unknown, path: YamlPath): string | number | boolean | undefined {
  let value = data;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

/** Whether the mapping at `path`'s parent lacks its last key. */
function isMissing(data: unknown, path: YamlPath): boolean {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
      data,
    );
  const key = path.at(-1);
  return parent !== null && typeof parent === 'object' && key !== undefined && !(key in parent);
}

/** A message as a sentence: ending with a full stop. */
function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** The node at `path`, or its nearest ancestor present. */
function deepest(root: unknown, path: YamlPath): Node | undefined {
  let node = isNode(root) ? root : undefined;
  for (const key of path) {
    const child = isMap(node)
      ? node.items.find((item) => isScalar(item.key) && item.key.value === key)?.value
      : isSeq(node) && typeof key === 'number'
        ? node.items[key]
        : undefined;
    if (!isNode(child)) break;
    node = child;
  }
  return node;
}

function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}
