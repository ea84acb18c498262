/**
 * Vitest global setup of the `site` project: builds the site once, hosted under a sub-path so
 * that every link is checked against a base, and starts the one headless Chromium that every
 * browser test connects to. Both reach the test files through `inject` (see tests/support).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../src/integrations/chromium.ts';
import { buildSite } from '../support/build.ts';

/** How the build under test is hosted. */
const url = new URL('https://example.org/alk-gsk3/');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The build under test: its folder and the URL it is built for (origin and base path). */
    site: { dir: string; url: string };
    /** Where the shared Chromium listens, for `chromium.connect`. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A folder of this run's own, inside the project (where the built chunks find node_modules while
  // pages render), so that two runs at once never build over each other.
  mkdirSync('tests/.tmp', { recursive: true });
  const dir = mkdtempSync('tests/.tmp/site-');
  const removeBuild = () => rmSync(dir, { recursive: true, force: true });
  const [, browser] = await Promise.all([buildSite(dir, { SITE_URL: url.origin, BASE_PATH: url.pathname }), launchChromiumServer()]).catch((error: unknown) => {
    removeBuild();
    throw error;
  });
  project.provide('site', { dir, url: url.href });
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    removeBuild();
  };
}
