import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { mdxToJs, type MdastPluginEntry } from 'satteri';
import { describe, expect, test } from 'vitest';
import { contentPlugins } from '../../src/markdown/satteri';

const root = resolve(import.meta.dirname, '../..');

/** Runs the integration's setup on a configuration with this `markdown.processor`. */
function setUp(processor: { name: string; options: object }) {
  const hook = contentPlugins().hooks['astro:config:setup'];
  const config = { root: pathToFileURL(`${root}/`), markdown: { processor } };
  return hook?.({ config } as unknown as Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]);
}

describe('contentPlugins', () => {
  test("adds the content's plugins to Sätteri's mdast plugins: the file's language, the parallel view's parts, prefixes, links and sentences, the headings' phrases", async () => {
    const mdastPlugins: MdastPluginEntry[] = [];
    await setUp({ name: 'satteri', options: { mdastPlugins, hastPlugins: [], features: {} } });
    const fileURL = pathToFileURL(resolve(root, 'content/ja/overview.mdx'));
    const { code } = await mdxToJs(
      '<h3 id="overview-title">研究の概要</h3>\n\n<p id="overview-1">x<Term id="alk-inhibitor" /></p>\n\n<AtAGlance />',
      { mdastPlugins, fileURL, jsx: true, jsxImportSource: 'astro' },
    );
    expect(code).toContain('<Term id="alk-inhibitor" lang="ja" prefix={props.prefix} />');
    expect(code).toContain('<AtAGlance lang="ja" prefix={props.prefix} />');
    expect(code).toContain('<ParallelLink id="overview-1" lang="ja" />');
    expect(code).toContain('<ParallelPart parts={[1]} part={props.part}><p id={(props.prefix ?? "") + "overview-1"}>');
    expect(code).toContain(
      '<h3 id={(props.prefix ?? "") + "overview-title"}><ParallelSentence group={props.groups?.["overview-title"]?.[0]}>{"研究の"}<_components.wbr />{"概要"}</ParallelSentence></h3>',
    );
  });

  test('refuses any other Markdown processor', () => {
    expect(() => setUp({ name: 'unified', options: { remarkPlugins: [] } })).toThrow(
      new AstroError(
        'The content\'s <Term>, <AtAGlance /> and links to the parallel view come from Sätteri plugins, and markdown.processor is "unified".',
        'Leave markdown.processor at its default, Sätteri.',
      ),
    );
  });
});
