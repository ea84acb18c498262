/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

/** Tests that read no build: the content layer, components and pure functions. */
const unit = ['tests/components/**/*.test.ts', 'tests/layouts/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/integrations/**/*.test.ts', 'tests/content/bad-*.test.ts', 'tests/embed/card.test.ts'];

// Astro's Vite configuration, so that components, layouts and `astro:` modules load in tests.
export default getViteConfig({
  test: {
    // Scratch copies of content and builds live under tests/.tmp; never take a file there for a test.
    exclude: [...configDefaults.exclude, 'tests/.tmp/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Both projects share one pool of three workers, the largest files first: a browser test mostly
    // waits on the browser, so three keep two cores busy, and no test's outcome depends on how busy
    // the machine is.
    maxWorkers: 3,
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/.tmp/**', ...unit],
          // One build and one browser for every file (see the setup).
          globalSetup: ['tests/setup/site.ts'],
        },
      },
    ],
  },
});
