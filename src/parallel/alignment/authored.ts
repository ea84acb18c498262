/**
 * Reads `alignment.yaml`, the alignments an editor wrote where the computed one pairs sentences
 * wrongly: for a block (or glossary entry) by id, its groups in order, each as the number of the
 * original's sentences, a colon, and the number of the translation's (`study-2: [1:2, 1:1]`).
 */
import { z } from 'astro/zod';
import type { ContentProblem } from '../../content/problem';
import { readYaml, validateYaml } from '../../content/read/yaml';
import type { Group } from './align';

/** The file's name in the content directory. */
export const authoredFile = 'alignment.yaml';

/** The authored alignments, by id, each at its line; empty when there is no file. */
export interface AuthoredAlignment {
  file: string;
  entries: Map<string, { line: number; groups: Group[] }>;
}

/** A group as written: sentences of the original, a colon, sentences of the translation; never 0:0. */
const groupSchema = z
  .string()
  .regex(/^\d+:\d+$/, 'a group is written as two counts with a colon, such as 1:2')
  .refine((value) => value !== '0:0', 'a group holds at least one sentence');

const fileSchema = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase words joined by hyphens'),
  z.array(groupSchema).min(1),
);

/**
 * Reads the authored alignments.
 * @param text The file's text; undefined when the content has no such file.
 * @param file Its path, relative to the project root, for problems.
 * @example readAuthored('study-2: [1:2, 1:1]\n', 'content/alignment.yaml').alignment.entries.get('study-2') // { line: 1, groups: [[1, 2], [1, 1]] }
 */
export function readAuthored(
  text: string | undefined,
  file: string,
): { alignment: AuthoredAlignment; problems: ContentProblem[] } {
  const alignment: AuthoredAlignment = { file, entries: new Map() };
  if (text === undefined) return { alignment, problems: [] };
  const source = readYaml(text, file);
  if (source.problems.length) return { alignment, problems: source.problems };
  const { data, problems } = validateYaml(fileSchema, { ...source, data: source.data ?? {} }, file, 'alignment');
  for (const [id, groups] of Object.entries(data ?? {})) {
    alignment.entries.set(id, {
      line: source.lineOfKey([], id),
      groups: groups.map((group) => group.split(':').map(Number) as unknown as Group),
    });
  }
  return { alignment, problems };
}
