import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdxCompileOptions } from 'satteri';
import { expect, test } from 'vitest';

/*
 * Fixture tests of the Sätteri plugins (tests/integrations/mdx-*): each `fixtures/<case>/input.mdx`
 * compiles, through Sätteri alone, to files compared with those beside it. Set UPDATE to write
 * them anew (`UPDATE=1 npx vitest run tests/integrations/mdx-phrases`); without it, a missing,
 * different or stale file fails the test.
 */

/** The project root, from which a fixture is compiled as one of its files, as in a build. */
export const projectRoot = resolve(import.meta.dirname, '../..');
const update = Boolean(process.env['UPDATE']);

/** Compiles MDX as `@astrojs/mdx` does with Sätteri, as a file relative to the root (or none), keeping the JSX so that the output reads. */
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
 * Expects a fixture's folder to hold its input and exactly the files a case wrote (by name, with
 * their text); with UPDATE set, writes them first, removing those of `kinds` it no longer writes.
 */
function expectFixture(dir: string, written: Record<string, string>, kinds: string[]): void {
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

/**
 * A plugin's fixture tests: that `cases` has a row for every folder of `fixtures`, and for each row,
 * that compiling its `input.mdx` as the row's file (with `run`) writes the files beside it.
 * @param kinds Every name a case of this plugin may write.
 */
export function testFixtures<File extends string | undefined>(
  fixtures: string,
  cases: Array<[name: string, file: File]>,
  kinds: string[],
  run: (source: string, file: File) => Promise<Record<string, string>>,
): void {
  test('has a row for every fixture', () => {
    expect(cases.map(([name]) => name).sort()).toEqual(readdirSync(fixtures).sort());
  });

  test.each(cases)('%s', async (name, file) => {
    const dir = join(fixtures, name);
    expectFixture(dir, await run(readFileSync(join(dir, 'input.mdx'), 'utf8'), file), kinds);
  });
}
