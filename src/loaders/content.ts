/**
 * What both content loaders share: one reading of the content directory into the content model,
 * memoised so that the loaders, which Astro runs concurrently, parse each file once and judge the
 * same model; and one way to fail, so that the same broken content prints the same error from either.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { LoaderContext } from 'astro/loaders';
import { formatReport, type ContentReport } from '../lib/content-check';
import { readContentFiles } from '../lib/content-files';
import { buildEdition, type Edition } from '../lib/content-model';
import { languages } from '../lib/languages';

/** The last model built for each content directory, with the digest of the files it was built from. */
const built = new Map<string, { digest: string; edition: Edition }>();

/**
 * The content model of the directory `base`, built once for as long as its files stay the same.
 * @param context The loader's context, for the project root.
 * @param base The content directory, as the collection gives it (relative to the root).
 */
export function editionIn(context: Pick<LoaderContext, 'config'>, base: string): Edition {
  const root = fileURLToPath(context.config.root);
  const content = readContentFiles(root, base, languages);
  const hash = createHash('sha256');
  for (const file of content.files) hash.update(`${file.path}\0${file.text}\0`);
  const digest = hash.digest('hex');
  const key = resolve(root, base);
  const cached = built.get(key);
  if (cached?.digest === digest) return cached.edition;
  const edition = buildEdition(content, languages);
  built.set(key, { digest, edition });
  return edition;
}

/**
 * Fails a load with a report: an AstroError whose message lists every problem, the root cause first.
 * Its location, and its stack, point at the first problem's file rather than at the loader, so that
 * the dev overlay shows that file and either loader prints the very same error.
 * @param report What to tell the author.
 * @param context The loader's context, for the project root.
 */
export function failWith(report: ContentReport, context: Pick<LoaderContext, 'config'>): never {
  const error = new AstroError(formatReport(report), report.hint);
  const first = report.problems[0];
  if (first) {
    const loc = { file: resolve(fileURLToPath(context.config.root), first.file), line: first.line ?? 1, column: first.column ?? 1 };
    Object.assign(error, { loc });
    error.stack = `${error.name}: ${error.message}\n    at ${loc.file}:${loc.line}:${loc.column}`;
  }
  throw error;
}
