/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

/** Tests that read no build: the content layer, components and pure functions. */
const unit = ['tests/components/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/integrations/**/*.test.ts', 'tests/content/bad-*.test.ts', 'tests/embed/card.test.ts'];

// Astro's Vite configuration, so that components, layouts and `astro:` modules load in tests.
export default getViteConfig({
  test: {
    // Scratch copies of content and builds live under tests/.tmp; never take a file there for a test.
    exclude: [...configDefaults.exclude, 'tests/.tmp/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: unit, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/.tmp/**', ...unit],
          // One build and one browser for every file (see the setup). Two files at a time: a browser
          // test mostly waits on the browser, and no test's outcome depends on how busy it is.
          globalSetup: ['tests/setup/site.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
