/**
 * A clean build prints no warning, so that a new one is seen. The tools print two kinds that are
 * known to be harmless, for every build, about code this project cannot change; this integration
 * leaves out exactly those, matched by their first line, and lets every other warning through.
 */
import { stripVTControlCharacters } from 'node:util';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The first lines of the warnings known to be harmless. */
export const knownWarnings: readonly RegExp[] = [
  /**
   * Rolldown, bundling the module Astro writes beside each MDX file for its styles
   * (`?astroPropagatedAssets`), says it may drop the `"use astro:head-inject"` directive at its
   * top. Nothing in Astro 7 reads that directive (the module marks itself with
   * `__astroPropagation`), so dropping it changes nothing.
   * @see https://github.com/withastro/astro/issues/18087
   */
  /^(?:\[MODULE_LEVEL_DIRECTIVE\] )?The semantics of the module level directive "use astro:head-inject" in "[^"]+\?astroPropagatedAssets" may not be preserved when bundling\.$/,
  /**
   * lightningcss, which both Tailwind's optimiser and Vite's minifier run, does not know
   * `:interest-source`, the pseudo-class of a glossary marker whose card is open
   * (src/styles/term-cards.css), and keeps the rule as written, for the browsers that do. Its
   * maintainers wait for the specification to advance before adding it.
   * @see https://github.com/parcel-bundler/lightningcss/issues/1203
   */
  /^(?:\[lightningcss minify\] )?'interest-source' is not recognized as a valid pseudo-class\. Did you mean '::interest-source' \(pseudo-element\) or is this a typo\?$/,
];

/**
 * Whether a warning is one of the known harmless ones, by its first line, colours aside.
 * @example isKnownWarning('[lightningcss minify] \'interest-source\' is not recognized…') // true
 */
export function isKnownWarning(message: string): boolean {
  const first = stripVTControlCharacters(message).split('\n')[0]?.trim() ?? '';
  return knownWarnings.some((pattern) => pattern.test(first));
}

/**
 * Tailwind prints the warnings of its optimiser with `console.warn`, all in one message:
 * "Found 1 warning while optimizing generated CSS:", then the CSS around it and the warning after
 * a `^--` pointer. Known when it holds one warning and that one is known.
 */
export function isKnownTailwindWarning(message: string): boolean {
  const text = stripVTControlCharacters(message);
  const pointer = /\^-- (.*)$/m.exec(text)?.[1];
  return (
    text.startsWith('Found 1 warning while optimizing generated CSS:') &&
    pointer !== undefined &&
    isKnownWarning(pointer)
  );
}

/** Vite's and Rolldown's warnings, less the known ones. */
function viteWarnings(): Plugin {
  return {
    name: 'known-warnings',
    config: () => ({
      build: {
        rolldownOptions: {
          onLog: (level, log, report) => (level === 'warn' && isKnownWarning(log.message)) || report(level, log),
        },
      },
    }),
    configResolved({ logger }) {
      const warn = logger.warn.bind(logger);
      logger.warn = (message, options) => isKnownWarning(message) || warn(message, options);
    },
  };
}

/** The integration: Vite's, Rolldown's and Tailwind's warnings, less the known ones. */
export function quietBuild(): AstroIntegration {
  const { warn } = console;
  return {
    name: 'known-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [viteWarnings()] } });
      },
      // Tailwind optimises only while building, between these two hooks.
      'astro:build:start': () => {
        console.warn = (...args: unknown[]) =>
          (args.length === 1 && typeof args[0] === 'string' && isKnownTailwindWarning(args[0])) || warn(...args);
      },
      'astro:build:done': () => {
        console.warn = warn;
      },
    },
  };
}
