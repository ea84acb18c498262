/**
 * Reads a YAML file of plain data, `<lang>/edition.yaml` or `paper.yaml`, as the content model reads
 * every file: its characters checked, its YAML parsed with lines, its data checked against its
 * schema, so that an author sees each problem at its line, with the value, as for the sections,
 * rather than Astro's report of a schema error at line 0.
 */
import type { z } from 'astro/zod';
import type { ContentFile } from './files';
import type { ContentProblem } from '../problem';
import { characterProblems } from '../check/text';
import { readYaml, validateYaml, type YamlPath } from './yaml';

/** A data file, read: the file itself, and what the model read of it. */
export interface DataFile<T> extends ContentFile {
  /** The data; undefined when the file does not read or breaks the schema. */
  data: T | undefined;
  /** What keeps the file from being read: a character that does not belong, a YAML error, a value the schema rejects. */
  problems: ContentProblem[];
  /** Line of the value at `path`. */
  lineOf(path: YamlPath): number;
}

/**
 * Reads one data file.
 * @param file The file, as `readContentFiles` lists it.
 * @param schema What its data must be.
 */
export function readDataFile<T extends z.ZodType>(file: ContentFile, schema: T): DataFile<z.output<T>> {
  const characters = characterProblems(file.path, file.text);
  const yaml = readYaml(file.text, file.path);
  const { data, problems } = yaml.problems.length
    ? { data: undefined, problems: yaml.problems }
    : validateYaml(schema, yaml, file.path, 'field');
  return { ...file, data, problems: [...characters, ...problems], lineOf: (path) => yaml.lineOf(path) };
}
