import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Tests of pure functions and of the content layer, which read no build and mock nothing. */
const unit = ['tests/lib/**/*.test.ts', 'tests/integrations/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/content/bad-*.test.ts', 'tests/embed/card.test.ts'];
/** Components and layouts, rendered with the Container API; some mock `astro:content` or a module reading it. */
const components = ['tests/components/**/*.test.ts', 'tests/layouts/**/*.test.ts'];

/** The order the projects' files start in: those that need no build first (see tests/setup/site.ts). */
const projectOrder = ['unit', 'components', 'site'];

/**
 * Vitest's order within each project (slowest or largest file first), the projects in
 * `projectOrder` rather than by name: the unit and component files run while the site still builds.
 */
class BuildLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => projectOrder.indexOf(file.project.name);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/.tmp/**', ...unit, ...components],
          // One build and one browser for every file (see the setup). Not isolated either: these files
          // mock nothing, and a worker that keeps playwright-core, axe and the support modules
          // between files spends about a fifth less CPU on the run.
          globalSetup: ['tests/setup/site.ts'],
          isolate: false,
        },
      },
    ],
  },
});
