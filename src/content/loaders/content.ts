/**
 * What the content loaders share: one reading of the content directory into the content model,
 * memoised so that the loaders, which Astro runs concurrently, parse each file once and judge the
 * same model; one way to fail, so that the same broken content prints the same error from any;
 * and, in `astro dev`, the same checks again after every edit. With them, the loaders they make
 * whole: the summaries traced to the text (at a glance, and "What this means").
 */
import { createHash } from 'node:crypto';
import { basename, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { formatReport, glanceReport, meaningReport, sectionReport, type ContentReport } from '../check/stages';
import { readContentFiles } from '../read/files';
import { buildPublication, type Publication } from '../model';
import { languages } from '../../site/languages';

/** The last model built for each content directory, with the digest of the files it was built from. */
const built = new Map<string, { digest: string; publication: Publication }>();

/**
 * The content model of the directory `base`, built once for as long as its files stay the same.
 * @param context The loader's context, or any with the project root.
 * @param base The content directory, as the collection gives it (relative to the root).
 */
export function publicationIn(context: { config: { root: URL } }, base: string): Publication {
  const root = fileURLToPath(context.config.root);
  const content = readContentFiles(root, base, languages);
  const hash = createHash('sha256');
  for (const file of content.files) hash.update(`${file.path}\0${file.text}\0`);
  const digest = hash.digest('hex');
  const key = resolve(root, base);
  const cached = built.get(key);
  if (cached?.digest === digest) return cached.publication;
  const publication = buildPublication(content, languages);
  built.set(key, { digest, publication });
  return publication;
}

/**
 * Fails a load with a report: an AstroError whose message lists every problem, the root cause first.
 * Its location, and its stack, point at the first problem's file rather than at the loader, so that
 * the dev overlay shows that file and either loader prints the very same error.
 * @param report What to tell the author.
 * @param context The loader's context, for the project root.
 */
export function failWith(report: ContentReport, context: Pick<LoaderContext, 'config'>): never {
  throw contentError(report, context.config.root);
}

/**
 * The AstroError of a report, located at its first problem, as `failWith` throws it and the dev
 * server's overlay shows it.
 * @param report What to tell the author.
 * @param root The project root.
 */
export function contentError(report: ContentReport, root: URL): AstroError {
  const error = new AstroError(formatReport(report), report.hint);
  const first = report.problems[0];
  if (first) {
    const loc = { file: resolve(fileURLToPath(root), first.file), line: first.line ?? 1, column: first.column ?? 1 };
    Object.assign(error, { loc });
    error.stack = `${error.name}: ${error.message}\n    at ${loc.file}:${loc.line}:${loc.column}`;
  }
  return error;
}

/** The report last logged, so that the loaders, which all find the same, log it once. */
let logged = '';

/**
 * Loads a collection once the content is sound. While it is not, `astro sync` and `astro build`
 * fail with the report; `astro dev` logs it, stays up to show it in the browser's overlay on
 * every page (see content/dev-middleware.ts), and loads as soon as an edit makes the content sound.
 * @param context The loader's context.
 * @param base The content directory, relative to the root.
 * @param report What the loader reports, from the model.
 * @param load Stores the collection, given the model it was found sound in.
 */
export async function loadWhenSound(
  context: LoaderContext,
  base: string,
  report: (publication: Publication) => ContentReport | undefined,
  load: (publication: Publication) => Promise<void>,
): Promise<void> {
  const publication = publicationIn(context, base);
  const found = report(publication);
  if (!found) return load(publication);
  if (!context.watcher) failWith(found, context);
  const { watcher, logger } = context;
  const log = (broken: ContentReport) => {
    const message = `${formatReport(broken)}\n${broken.hint}`;
    if (message !== logged) logger.error(message);
    logged = message;
  };
  log(found);
  const stop = onContentChange(watcher, context, base, () => {
    const now = publicationIn(context, base);
    const still = report(now);
    if (still) return log(still);
    stop();
    logged = '';
    load(now).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  });
}

/**
 * In `astro dev`, checks the content again whenever one of its files changes, and logs what the
 * check finds: Astro's glob loader then reloads only the changed file, which nothing else checks.
 * @param context The loader's context: the project root, the dev server's watcher and the logger.
 * @param base The content directory, relative to the root.
 * @param report What the loader reports (the sections, or at a glance), from the model.
 */
export function recheckOnChange(
  context: Pick<LoaderContext, 'config' | 'watcher' | 'logger'>,
  base: string,
  report: (publication: Publication) => ContentReport | undefined,
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  onContentChange(watcher, context, base, () => {
    const found = report(publicationIn(context, base));
    if (found) logger.error(`${formatReport(found)}\n${found.hint}`);
  });
}

/**
 * Calls `handle` whenever a file the content model reads (a section or a YAML file of the content
 * directory) is added, changed or removed while `astro dev` runs.
 * @param watcher The dev server's watcher.
 * @param context The loader's context, for the project root.
 * @param base The content directory, relative to the root.
 * @param handle What to do, given the file's path.
 * @returns A function that stops calling `handle`.
 */
export function onContentChange(
  watcher: NonNullable<LoaderContext['watcher']>,
  context: Pick<LoaderContext, 'config'>,
  base: string,
  handle: (path: string) => void,
): () => void {
  const dir = resolve(fileURLToPath(context.config.root), base);
  const listener = (path: string) => {
    const name = basename(path);
    if (path.startsWith(`${dir}${sep}`) && (name.endsWith('.mdx') || name.endsWith('.yaml'))) handle(path);
  };
  const events = ['add', 'change', 'unlink'] as const;
  for (const event of events) watcher.on(event, listener);
  return () => {
    for (const event of events) watcher.off(event, listener);
  };
}

/**
 * Loads every `<lang>/<name>` under `base`, after `report` finds it traced to the text. While the
 * sections have problems it fails with those, exactly as the sections' loader does, since nothing
 * can be traced to broken sections. In `astro dev` it checks again after every edit and logs what
 * it finds.
 * @param base The content directory, relative to the project root.
 * @param name The file's name in each language's folder.
 * @param report What is wrong with the file in the model, if anything.
 */
function tracedFiles(
  base: string,
  name: string,
  report: (publication: Publication) => ContentReport | undefined,
): Loader {
  const files = glob({ pattern: `*/${name}`, base });
  return {
    name: name.replace(/\.yaml$/, ''),
    async load(context) {
      await loadWhenSound(
        context,
        base,
        (publication) => sectionReport(publication) ?? report(publication),
        async () => {
          await files.load(context);
          recheckOnChange(context, base, report);
        },
      );
    },
  };
}

/** At a glance: each label and key number traced to the block it restates. */
export const glanceFiles = (base: string): Loader => tracedFiles(base, 'at-a-glance.yaml', glanceReport);

/** "What this means": each statement traced to its block, or marked as added by this site. */
export const meaningFiles = (base: string): Loader => tracedFiles(base, 'what-this-means.yaml', meaningReport);
