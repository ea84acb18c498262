import { describe, expect, test } from 'vitest';
import { DIR, loadEdition, printed, reportFailure, syncBrokenEdition, syncTimeout } from '../support/content';

const hint = 'Each line names the file (and line) to fix. The README lists the content rules.';
const file = `${DIR}/en/overview.mdx`;
const links = 'Link to an https:// address, a mailto: or tel: address, or a "#id" of the page.';
const model =
  'The content may use <p>, <h3>, <h4>, <address>, <ul>, <ol>, <li>, <a>, <abbr>, <br>, <cite>, <em>, <q>, <span>, <strong>, <sub>, <sup>, <Term id="…" /> and <AtAGlance />.';

/** A change to the English overview: its third paragraph's words replaced, or text added after its last block. */
const third = (words: string) => (t: string) => t.replace('A third paragraph.', words);
const appended = (markup: string) => (t: string) => `${t}\n${markup}\n`;

/** Each case: a change to the English overview, the problem reported, at its line and column. */
const cases: Array<[name: string, change: (text: string) => string, problem: string]> = [
  // What runs in readers' browsers, each of which once shipped and ran.
  [
    'a <script>',
    appended('<script>alert(1)</script>'),
    `${file}:12:1: <script> runs code in every reader's browser; the content carries no scripts (client code belongs in src/scripts/).`,
  ],
  [
    'an onclick attribute',
    (t) => t.replace('<p id="overview-2">', '<p id="overview-2" onclick="alert(1)">'),
    `${file}:8:1: <p onclick>: an event handler runs code in every reader's browser; the content carries no scripts. Remove it.`,
  ],
  [
    'an <img onerror>',
    third('A third paragraph.<img src="x" onerror="alert(1)" />'),
    `${file}:10:38: <img> is not part of the content model. ${model}`,
  ],
  [
    'a javascript: link in HTML',
    third('A <a href="javascript:alert(1)">third</a> paragraph.'),
    `${file}:10:22: the link to "javascript:alert(1)" uses "javascript:", which the content may not link to. ${links}`,
  ],
  [
    'a javascript: link in Markdown',
    third('A [third](javascript:alert(1)) paragraph.'),
    `${file}:10:22: the link to "javascript:alert(1)" uses "javascript:", which the content may not link to. ${links}`,
  ],
  // Browsers drop tabs and leading spaces from a URL's scheme, so "java\tscript:" is javascript: too.
  [
    'a javascript: link hidden by a tab',
    third('A <a href=" java\tscript:alert(1)">third</a> paragraph.'),
    `${file}:10:22: the link to " java\tscript:alert(1)" uses "javascript:", which the content may not link to. ${links}`,
  ],
  [
    'a javascript: link definition',
    appended('[third]: javascript:alert(1)'),
    `${file}:12:1: the link to "javascript:alert(1)" uses "javascript:", which the content may not link to. ${links}`,
  ],
  [
    'a data: link',
    third('A [third](data:text/html,hi) paragraph.'),
    `${file}:10:22: the link to "data:text/html,hi" uses "data:", which the content may not link to. ${links}`,
  ],
  // A path of the site would miss the base path the site is built under.
  [
    'a relative link',
    third('A [third](/en/glossary/) paragraph.'),
    `${file}:10:22: the link to "/en/glossary/" is not an absolute address, which the content may not link to. ${links}`,
  ],
  // What embeds other pages or plug-ins.
  [
    'an <iframe>',
    appended('<iframe src="https://example.org/" />'),
    `${file}:12:1: <iframe> embeds another page; the content embeds nothing: link to it with <a href="https://…">.`,
  ],
  [
    'an <object>',
    appended('<object data="x.swf" />'),
    `${file}:12:1: <object> embeds a plug-in or another page; the content embeds nothing: link to it with <a href="https://…">.`,
  ],
  [
    'an <embed>',
    appended('<embed src="x.swf" />'),
    `${file}:12:1: <embed> embeds a plug-in or another page; the content embeds nothing: link to it with <a href="https://…">.`,
  ],
  // What styles the page.
  [
    'a style attribute',
    (t) => t.replace('<p id="overview-2">', '<p id="overview-2" style="color: red">'),
    `${file}:8:1: <p style>: the content carries no styles, which the site's Content-Security-Policy blocks anyway. Remove it; styles belong in src/styles/.`,
  ],
  [
    'a class attribute',
    (t) => t.replace('<p id="overview-2">', '<p id="overview-2" class="text-red-500">'),
    `${file}:8:1: <p class>: <p> in the content takes id, lang, dir, not "class". Remove it.`,
  ],
  // Plain http, which once shipped without a word; GFM makes a bare www. address an http link.
  [
    'an http: link',
    third('A [third](http://example.org/) paragraph.'),
    `${file}:10:22: the link to "http://example.org/" is plain http, which readers' browsers warn about. Link to its https:// address; if it has none, list the address under \`httpLinks\` in the frontmatter to mark it as intended.`,
  ],
  [
    'a bare www. address',
    third('A third paragraph, www.example.org.'),
    `${file}:10:39: the link to "http://www.example.org" is plain http, which readers' browsers warn about. Link to its https:// address; if it has none, list the address under \`httpLinks\` in the frontmatter to mark it as intended.`,
  ],
  [
    'an httpLinks entry the text does not link to',
    (t) => t.replace('order: 1', 'order: 1\nhttpLinks: [http://example.org/]'),
    `${file}:4: httpLinks lists "http://example.org/", which the text does not link to; remove it from the list.`,
  ],
  // Code MDX would run while the site is built.
  [
    'an expression',
    third('A third {process.env.HOME} paragraph.'),
    `${file}:10:28: an expression in braces: code, which the content cannot carry; write the text itself.`,
  ],
  [
    'an import',
    (t) => t.replace('---\n\n', "---\n\nimport X from './x.astro';\n\n"),
    `${file}:6:1: an import or export: code, which the content cannot carry; <Term> and <AtAGlance /> need no import.`,
  ],
  [
    'an href written as an expression',
    third('A <a href={"javascript:alert(1)"}>third</a> paragraph.'),
    `${file}:10:22: <a href={…}>: an expression, which is code; write the value itself, href="…".`,
  ],
  [
    'a spread attribute',
    (t) => t.replace('<p id="overview-2">', '<p id="overview-2" {...props}>'),
    `${file}:8:1: <p {...props}> spreads an expression into attributes: code, which the content cannot carry. Write each attribute as name="value".`,
  ],
  // What the content model does not know.
  ['an unknown component', appended('<Foo />'), `${file}:12:1: <Foo> is not part of the content model. ${model}`],
  [
    'an attribute a component does not take',
    (t) => t.replace('<Term id="term-one" />', '<Term id="term-one" lang="ja" />'),
    `${file}:6:48: <Term lang>: <Term> takes id, not "lang". Remove it.`,
  ],
  // Values that assistive technology reads.
  [
    'a lang that is no language tag',
    third('A <span lang="japanese language">third</span> paragraph.'),
    `${file}:10:22: <span lang="japanese language">: not a language tag, which screen readers and hyphenation follow; write one such as lang="ja" or lang="en".`,
  ],
  [
    'a dir that is no direction',
    third('A <span dir="left">third</span> paragraph.'),
    `${file}:10:22: <span dir="left">: write dir="ltr", dir="rtl" or dir="auto".`,
  ],
  [
    'a Markdown image',
    third('A third paragraph. ![x](https://example.org/x.png)'),
    `${file}:10:39: an image; the content model has no images.`,
  ],
];

describe('markup that runs, embeds or styles fails `astro sync` at its line', () => {
  // In one language only, a <script> once passed sync and failed the build without a line.
  test(
    'a <script> in one language only',
    async () => {
      const failure = reportFailure("The edition's content", [cases[0]![2]], hint, `${file}:12:1`);
      expect(await syncBrokenEdition(['en/overview.mdx', appended('<script>alert(1)</script>')])).toBe(
        printed(failure),
      );
    },
    syncTimeout,
  );
});

describe('every content loader refuses markup the content model does not know, at its line and column', () => {
  test.each(cases)('%s', async (_, change, problem) => {
    const failure = reportFailure("The edition's content", [problem], hint);
    expect(await loadEdition(['en/overview.mdx', change])).toEqual([failure, failure, failure, failure]);
  });

  test('an http: link the frontmatter marks as intended, in both languages, is stored', async () => {
    const marked = (t: string) =>
      t
        .replace('order: 1', 'order: 1\nhttpLinks: [http://example.org/]')
        .replace(/(<p id="overview-3">[^<]*)/, '$1 [http](http://example.org/)');
    expect(await loadEdition(['en/overview.mdx', marked], ['ja/overview.mdx', marked])).toEqual([
      'stored',
      'stored',
      'stored',
      'stored',
    ]);
  });
});
