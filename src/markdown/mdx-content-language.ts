/**
 * Gives the components that MDX content uses without importing them, `<Term>` and `<AtAGlance />`,
 * the language of the file they stand in, while the MDX compiles: `content/ja/overview.mdx` is
 * Japanese, so each of its `<Term id="…" />` becomes `<Term id="…" lang="ja" />`. One component
 * then serves both languages, with no wrapper per language to bind it.
 *
 * A Sätteri mdast plugin (Astro's MDX runs no remark plugins), registered by `satteri.ts`.
 */
import { basename, dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { at, formatProblem } from '../content/problem.ts';
import { isLang, languages } from '../site/languages.ts';
import { literalAttribute } from './jsx.ts';

/** The components that take their file's language. */
const localized = new Set(['Term', 'AtAGlance']);

/** The folders a language's files are in, for messages: `ja/ or en/`. */
const folders = languages.map((lang) => `${lang}/`).join(' or ');

export interface Options {
  /** The project root, an absolute path: errors name files relative to it. */
  root: string;
}

/**
 * Creates the plugin: on every `<Term>` and `<AtAGlance>`, adds a `lang` attribute naming the
 * language of the file, which is the name of the folder the file is in (`ja/`, `en/`).
 *
 * The language comes from the path, as Starlight's Markdown integrations take a page's locale from
 * its path: the content is filed by language already, so saying it again in each file could only
 * disagree with the folder.
 *
 * @param options Configuration.
 * @returns A Sätteri mdast plugin entry, for `mdastPlugins`.
 * @throws {AstroError} While compiling, naming the file, line and column, when a `<Term>` or
 *   `<AtAGlance>` stands in a file outside a language's folder, when it already has a `lang`, or
 *   when a `<Term>` has no literal `id`.
 * @example
 * mdxToJs('<Term id="alk-fusion-gene" />', { mdastPlugins: [mdxContentLanguage({ root })], fileURL: pathToFileURL(`${root}/content/ja/a.mdx`), jsx: true }).code
 * // …<Term id="alk-fusion-gene" lang="ja" />…
 */
export function mdxContentLanguage({ root }: Options): MdastPluginEntry {
  return ({ fileURL }) => {
    const path = fileURL && fileURLToPath(fileURL);
    const file = path ? relative(root, path).split(sep).join('/') : undefined;
    const folder = path ? basename(dirname(path)) : undefined;
    const lang = folder !== undefined && isLang(folder) ? folder : undefined;

    const visit = <Node extends MdxJsxFlowElement | MdxJsxTextElement>(node: Readonly<Node>): Node | undefined => {
      if (!node.name || !localized.has(node.name)) return undefined;
      const fail = (message: string, hint: string) => contentError(file, node, `<${node.name}> ${message}`, hint);
      if (!lang) {
        const found = folder === undefined ? 'this MDX has no file' : `its file is in "${folder}/"`;
        throw fail(
          `takes its language from the folder its file is in, ${folders}, but ${found}.`,
          `<Term> and <AtAGlance /> belong in the sections, each in its language's folder, ${folders}.`,
        );
      }
      const written = literalAttribute(node, 'lang');
      if (written !== undefined) {
        throw fail(
          `has lang="${written}", but takes its language from its file, which is in "${lang}/".`,
          'Remove the lang attribute.',
        );
      }
      if (node.name === 'Term' && !literalAttribute(node, 'id')) {
        throw fail(
          'without an id: write <Term id="…" /> naming a glossary entry.',
          "The ids are those of the entries in glossary.mdx's frontmatter.",
        );
      }
      return { ...node, attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'lang', value: lang }] };
    };

    // Positions are off unless a plugin asks: errors need the line.
    return defineMdastPlugin({
      name: 'mdx-content-language',
      options: { position: true },
      mdxJsxFlowElement: visit,
      mdxJsxTextElement: visit,
    });
  };
}

/**
 * An error an author must fix, as `file:line:column: message`.
 * @param file The file, relative to the project root; undefined when the MDX has none.
 * @param node The element at fault.
 * @param message What is wrong.
 * @param hint How to fix it.
 */
function contentError(
  file: string | undefined,
  node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>,
  message: string,
  hint: string,
): AstroError {
  const start = node.position?.start;
  const error = new AstroError(
    formatProblem({ ...at(file ?? '<no file>', start?.line, start?.column), message }),
    hint,
  );
  // @astrojs/mdx points the error overlay at `line` and `column` when the error has them.
  return Object.assign(error, { line: start?.line, column: start?.column });
}
