import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdxCompileOptions } from 'satteri';
import { expect } from 'vitest';

/*
 * Fixture tests of the Sätteri plugins (tests/integrations/mdx-*): each `fixtures/<case>/input.mdx`
 * compiles, through Sätteri alone, to files compared with those beside it. Set UPDATE to write
 * them anew (`UPDATE=1 npx vitest run tests/integrations/mdx-phrases`); without it, a missing,
 * different or stale file fails the test.
 */

/** The project root, from which a fixture is compiled as one of its files, as in a build. */
export const projectRoot = resolve(import.meta.dirname, '../..');
const update = Boolean(process.env['UPDATE']);

/**
 * Compiles MDX as `@astrojs/mdx` does with Sätteri, keeping the JSX so that the output reads.
 * @param source The MDX.
 * @param file The file it stands for, relative to the root (undefined: MDX without a file).
 * @param options The plugins and whatever else the test adds.
 */
export async function compileMdx(
  source: string,
  file: string | undefined,
  options: Omit<MdxCompileOptions, 'fileURL'>,
): Promise<string> {
  const fileURL = file === undefined ? {} : { fileURL: pathToFileURL(resolve(projectRoot, file)) };
  const { code } = await mdxToJs(source, {
    ...fileURL,
    jsx: true,
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    ...options,
  });
  return code;
}

/**
 * Expects a fixture's folder to hold its input and exactly the files a case wrote, each with the
 * text written; with UPDATE set, writes them first, removing those of `kinds` it no longer writes.
 * @param dir The fixture's folder.
 * @param written Each file the case wrote, by name, and its text.
 * @param kinds Every name a case of this test may write.
 */
export function expectFixture(dir: string, written: Record<string, string>, kinds: string[]): void {
  if (update) {
    for (const stale of kinds) rmSync(join(dir, stale), { force: true });
    for (const [name, text] of Object.entries(written)) writeFileSync(join(dir, name), text);
  }
  const fixture = relative(projectRoot, dir);
  expect(readdirSync(dir).sort(), `${fixture}: its files (run with UPDATE=1 to write them)`).toEqual(
    ['input.mdx', ...Object.keys(written)].sort(),
  );
  for (const [name, text] of Object.entries(written))
    expect(text, `${fixture}/${name}`).toBe(readFileSync(join(dir, name), 'utf8'));
}
