/**
 * Broken content for tests, loaded through the content layer instead of a build: a copy of the
 * minimal valid edition (tests/fixtures/edition) with one file changed, then either `astro sync`
 * on it, as an author's `astro dev` or `astro build` would load it, or the content loaders called
 * directly, as Astro calls them.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import type { LoaderContext } from 'astro/loaders';
import { sectionFiles } from '../../src/content/loaders/sections';
import { glanceFiles } from '../../src/content/loaders/content';
import { dataFiles } from '../../src/content/loaders/data';
import type { Loader } from 'astro/loaders';
import { failedRun, runAstro } from './build';

/** Stands for the copy's directory in what these helpers return, so that tests can state exact messages. */
export const DIR = '<dir>';

/** A change to one file of the fixture, by its path inside it (e.g. `en/overview.mdx`); `null` removes the file. */
export type Change = [file: string, change: (text: string) => string | null];

/**
 * Copies the fixture into a fresh directory under tests/.tmp, with the changes given made (none, one,
 * or one in each language), and gives its path, relative to the project root; a change that changes
 * nothing throws.
 * @example const dir = copyEdition(['en/overview.mdx', (t) => t.replace('</p>', '')])
 */
export function copyEdition(...changes: Change[]): string {
  const dir = join(
    'tests/.tmp',
    `content-${(changes[0]?.[0] ?? 'valid').replace(/\W/g, '-')}-${Math.random().toString(36).slice(2, 8)}`,
  );
  cpSync('tests/fixtures/edition', dir, { recursive: true });
  for (const [file, edit] of changes) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`The change to ${file} changed nothing.`);
    if (after === null) rmSync(path);
    else writeFileSync(path, after);
  }
  return dir;
}

/**
 * Runs `astro sync` on a content directory with a content store of its own (`editionConfig`), and
 * resolves with what it printed as its error, colours removed and the directory written `<dir>`;
 * resolves with `undefined` when the sync succeeds.
 * @param dir The content directory, relative to the project root.
 */
async function syncEdition(dir: string): Promise<string | undefined> {
  const config = editionConfig(dir);
  try {
    await runAstro(['sync', '--config', config], { EDITION_CONTENT_DIR: dir });
    return undefined;
  } catch (error) {
    const { stdout, stderr } = failedRun(error);
    const output = stripVTControlCharacters(`${stdout}\n${stderr}`);
    const start = output.indexOf('[AstroUserError]');
    if (start < 0) throw new Error(`astro sync failed without a content error:\n${output}`, { cause: error });
    return hideDir(output.slice(start).trimEnd(), dir);
  }
}

/**
 * Writes an Astro configuration for a content directory: the project's, with caches of its own (a
 * fresh cache directory inside the copy, so that runs neither share nor clobber one another's nor
 * the site's); gives its path, relative to the root, as `--config` takes it.
 * @param dir The content directory, relative to the project root.
 */
export function editionConfig(dir: string): string {
  // Relative to the root: Astro joins `--config` to it.
  const config = join(dir, '.astro.config.mjs');
  mkdirSync(resolve(dir, '.cache'), { recursive: true });
  writeFileSync(
    config,
    [
      `import config from ${JSON.stringify(pathToFileURL(resolve('astro.config.mjs')).href)};`,
      `export default { ...config, cacheDir: ${JSON.stringify(resolve(dir, '.cache/astro'))}, vite: { ...config.vite, cacheDir: ${JSON.stringify(resolve(dir, '.cache/vite'))} } };`,
    ].join('\n'),
  );
  return config;
}

/**
 * Copies the fixture with one file changed, syncs it, removes the copy, and resolves with the
 * printed error; rejects when the sync succeeds.
 * @example await syncBrokenEdition(['ja/overview.mdx', (t) => t.replace('overview-2', 'overview-1')])
 */
export async function syncBrokenEdition(change: Change): Promise<string> {
  const dir = copyEdition(change);
  try {
    const error = await syncEdition(dir);
    if (error === undefined) throw new Error(`astro sync succeeded although ${change[0]} was broken.`);
    return error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How a content loader failed: the message, hint and location of its AstroError. */
export interface LoaderFailure {
  message: string;
  hint: string | undefined;
  location: string | undefined;
}

/** Where a report sends an editor: its first problem's file, line and column, 1 for what the problem leaves out. */
export function firstPlace(problems: readonly string[]): string {
  const [, file = '', line = '1', column = '1'] = /^(.+?)(?::(\d+))?(?::(\d+))?: /.exec(problems[0] ?? '') ?? [];
  return `${file}:${line}:${column}`;
}

/** A content report as a loader throws it: the report's title, then every problem; located at the first. */
export function reportFailure(
  title: string,
  problems: readonly string[],
  hint: string,
  location = firstPlace(problems),
): LoaderFailure {
  const count = `${problems.length} problem${problems.length > 1 ? 's' : ''}`;
  return { message: [`${title} has ${count}:`, ...problems].join('\n'), hint, location };
}

/** What `astro sync` prints for a loader's failure. */
export function printed({ message, hint, location }: LoaderFailure): string {
  return [
    `[AstroUserError] ${message}`,
    '  Hint:',
    `    ${hint}`,
    '  Location:',
    `    ${location}`,
    '  Stack trace:',
    `    at ${location}`,
  ].join('\n');
}

/** `astro sync` takes 2–3 s alone; several at once on two cores take longer. */
export const syncTimeout = 120_000;

/** What a loader did with the content: failed, or found it sound and went on to store it. */
export type LoaderOutcome = LoaderFailure | 'stored';

/** Thrown when a loader, its checks passed, reaches for what Astro's glob loader needs to store entries. */
class Stored extends Error {}

/**
 * Copies the fixture, with the changes given made, and calls every content loader on
 * it, as Astro does, with a context that holds only the project root: each must judge the content
 * before storing anything. Resolves with what each did: the sections', at a glance's, the title
 * blocks' and the paper's loader.
 * @example const [sections, glance] = await loadEdition(['en/glossary.mdx', (t) => t.replace('term-one', 'x')])
 */
export function loadEdition(...changes: Change[]): Promise<LoaderOutcome[]> {
  return loadEditionWith(
    [
      sectionFiles,
      glanceFiles,
      (dir) => dataFiles('editions', dir, '*/edition.yaml'),
      (dir) => dataFiles('paper', dir, 'paper.yaml'),
    ],
    ...changes,
  );
}

/**
 * As `loadEdition`, with the loaders given, each made for the copy's directory.
 * @example const [sections, meaning] = await loadEditionWith([sectionFiles, meaningFiles], ['en/what-this-means.yaml', (t) => t])
 */
export async function loadEditionWith(
  loaders: ReadonlyArray<(base: string) => Loader>,
  ...changes: Change[]
): Promise<LoaderOutcome[]> {
  const dir = copyEdition(...changes);
  const root = pathToFileURL(`${process.cwd()}/`);
  const only = <T extends object>(target: T, ...allowed: string[]) =>
    new Proxy(target, {
      get(object, name) {
        if (typeof name !== 'string' || !allowed.includes(name)) throw new Stored();
        return Reflect.get(object, name);
      },
    });
  // No watcher: the loaders run as in `astro sync` and `astro build`, not `astro dev`.
  const context = only({ config: only({ root }, 'root') }, 'config', 'watcher') as unknown as LoaderContext;
  try {
    return await Promise.all(
      loaders
        .map((make) => make(dir))
        .map(async (loader): Promise<LoaderOutcome> => {
          try {
            await loader.load(context);
          } catch (error) {
            if (error instanceof Stored) return 'stored';
            const { message, hint, loc } = error as Error & {
              hint?: string;
              loc?: { file: string; line: number; column: number };
            };
            return {
              message: hideDir(message, dir),
              hint,
              location: loc && hideDir(`${loc.file}:${loc.line}:${loc.column}`, dir),
            };
          }
          return 'stored';
        }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the copy's directory, absolute or relative, as `<dir>`. */
function hideDir(text: string, dir: string): string {
  return text.replaceAll(resolve(dir), DIR).replaceAll(dir, DIR);
}
