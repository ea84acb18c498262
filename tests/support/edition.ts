import { buildPublication } from '../../src/content/model';
import { readContentFiles } from '../../src/content/read/files';

/** The minimal valid edition that the content tests change. */
export const fixture = 'tests/fixtures/edition';

/**
 * The content model of an edition read from `dir`, with some of its files changed, by path inside
 * `dir` (`null` leaves the file out); a change that changes nothing throws, so that no case tests
 * the valid edition by mistake.
 */
export function editionWith(
  changes: Record<string, ((text: string) => string) | null> = {},
  languages: readonly string[] = ['ja', 'en'],
  dir = fixture,
) {
  const content = readContentFiles(process.cwd(), dir, languages);
  const files = content.files.flatMap((file) => {
    const change = changes[file.path.slice(dir.length + 1)];
    if (change === undefined) return [file];
    if (change === null) return [];
    const text = change(file.text);
    if (text === file.text) throw new Error(`The change to ${file.path} changed nothing.`);
    return [{ ...file, text }];
  });
  return buildPublication({ ...content, files }, languages);
}
