/**
 * Registers the content's mdast plugins with the Sätteri processor that `@astrojs/mdx` compiles
 * with (Astro 7's default, which runs no remark or rehype plugins), in one place, as Starlight's
 * integrations/satteri.ts does:
 * - `mdxContentLanguage`: `<Term>` and `<AtAGlance />` take the language of their file's folder;
 * - `mdxParallel`: each section renders part by part, its ids prefixed, for the parallel view, and
 *   each block gets its link to the same block in that view;
 * - `mdxPhrases`: Japanese headings break between phrases only, at the `<wbr>` it puts between them.
 * In `astro dev`, it also adds the middleware that shows content errors in the browser (content/dev-middleware.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { MdastPluginEntry } from 'satteri';
import { mdxContentLanguage } from './mdx-content-language.ts';
import { mdxParallel } from './mdx-parallel.ts';
import { mdxPhrases } from './mdx-phrases.ts';

/**
 * The integration.
 * @throws {AstroError} When `markdown.processor` is not Sätteri, whose plugins alone these are.
 */
export function contentPlugins(): AstroIntegration {
  return {
    name: 'content-mdast-plugins',
    hooks: {
      'astro:config:setup': ({ config, command, addMiddleware }) => {
        const { processor } = config.markdown;
        if (!isSatteri(processor)) {
          throw new AstroError(
            `The content's <Term>, <AtAGlance /> and links to the parallel view come from Sätteri plugins, and markdown.processor is "${processor.name}".`,
            'Leave markdown.processor at its default, Sätteri.',
          );
        }
        processor.options.mdastPlugins.push(
          mdxContentLanguage({ root: fileURLToPath(config.root) }),
          mdxParallel(),
          mdxPhrases(),
        );
        // In `astro dev`, broken content fails every page with the content's own error, for the overlay.
        if (command === 'dev')
          addMiddleware({ entrypoint: new URL('../content/dev-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}

/**
 * Whether Astro's Markdown processor is Sätteri, whose options take mdast plugins.
 * @param processor `config.markdown.processor`.
 */
function isSatteri(processor: {
  name: string;
  options: object;
}): processor is { name: 'satteri'; options: { mdastPlugins: MdastPluginEntry[] } } {
  return (
    processor.name === 'satteri' && 'mdastPlugins' in processor.options && Array.isArray(processor.options.mdastPlugins)
  );
}
