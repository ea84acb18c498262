import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/*
 * Each promise is tested at one level, by one project:
 * - unit: content rules and pure builders: the content model and checks, the loaders' messages, the
 *   MDX plugins, the scripts, the integrations' pure parts. They read no build and mock nothing.
 * - components: the markup of each component and page shell, rendered with the Container API.
 * - site: the built pages' output, read as files: every page, every term, every data file and PDF.
 * - browser: interaction in Chromium (hover cards, keyboard, touch, print, the parallel view, the
 *   embed script), on one representative of each kind of page and card, so that it does not grow
 *   with the content.
 * - quality: the README's promises: accessibility, budgets, validity, policy, third parties, tab
 *   stops, reproducible and failing builds, a quiet build.
 */
const unit = [
  'tests/lib/**/*.test.ts',
  'tests/integrations/**/*.test.ts',
  'tests/scripts/**/*.test.ts',
  'tests/content/bad-*.test.ts',
  'tests/embed/card.test.ts',
];
const components = ['tests/components/**/*.test.ts', 'tests/layouts/**/*.test.ts'];
const browser = ['tests/browser/**/*.test.ts'];
const quality = ['tests/quality/**/*.test.ts'];

/** The projects whose files start first, as they need no build (see tests/setup/site.ts); the others' then start together. */
const projectOrder = ['unit', 'components'];

/**
 * Vitest's order (slowest or largest file first), the projects in `projectOrder` first: the unit
 * and component files run while the site still builds.
 */
class BuildLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = projectOrder.indexOf(file.project.name);
      return at < 0 ? projectOrder.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/** What the projects that read the build share: the setup that builds it once for all three. */
const builtSite = { globalSetup: ['tests/setup/site.ts'], isolate: false };

// Astro's Vite configuration, so that components, layouts and `astro:` modules load in tests.
export default getViteConfig({
  test: {
    // Scratch copies of content and builds live under tests/.tmp; never take a file there for a test.
    exclude: [...configDefaults.exclude, 'tests/.tmp/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One pool of two workers for every project, the slowest files of each first: the suite is bound
    // by the two cores, which the browser tests alone keep busy.
    maxWorkers: 2,
    sequence: { sequencer: BuildLastSequencer },
    projects: [
      // A worker keeps the modules these files import (Shiki, citation-js, Astro's runtime) from one
      // file to the next, instead of evaluating them again for each: they keep no state a test sets.
      { extends: true, test: { name: 'unit', include: unit, isolate: false } },
      // Isolated, as a module one file mocks must not reach another.
      { extends: true, test: { name: 'components', include: components } },
      // One build and one browser for every file of these three (see the setup). Not isolated
      // either: these files mock nothing, and a worker that keeps playwright-core, axe and the
      // support modules between files spends about a fifth less CPU on the run.
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/.tmp/**', ...unit, ...components, ...browser, ...quality],
          ...builtSite,
        },
      },
      { extends: true, test: { name: 'browser', include: browser, ...builtSite } },
      { extends: true, test: { name: 'quality', include: quality, ...builtSite } },
    ],
  },
});
