/**
 * Vitest global setup of the projects that read the build (site, browser, quality): builds the site once, hosted under a sub-path so
 * that every link is checked against a base, and starts the one headless Chromium that every
 * browser test connects to. Both reach the test files through `inject` (see tests/support).
 *
 * The build goes on after this returns: Vitest starts no worker before its global setups end, and
 * the files that need no build (the unit and component projects, which run first) use the cores
 * it leaves free meanwhile. A site test file waits for it by asking `siteReady` (tests/support/site.ts).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer, npmChromium } from '../../src/pdf/chromium.ts';
import { buildSite, failedRun } from '../support/build.ts';

/** How the build under test is hosted. */
const url = new URL('https://example.org/alk-gsk3/');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The build under test: its folder and the URL it is built for (origin and base path). */
    site: { dir: string; url: string };
    /** Answers once the build has ended with its output: 200 when it succeeded, 500 when it failed. */
    siteReady: string;
    /** Where the shared Chromium listens, for `chromium.connect`. */
    browserEndpoint: string;
  }
}

/** The build and the browser of this run, shared by every project that names this setup. */
interface Shared {
  site: { dir: string; url: string };
  siteReady: string;
  browserEndpoint: string;
  /** How many projects' setups have it and have not yet torn down. */
  users: number;
  /** Closes the browser and removes the build, once the last project using them has ended. */
  release(): Promise<void>;
}

// Vitest runs a project's global setup for each project that names it (site, browser, quality),
// each in its own module runner: the first starts the one build and browser, kept on globalThis.
const store = globalThis as { alkGsk3TestSite?: Promise<Shared> };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = await (store.alkGsk3TestSite ??= start());
  shared.users++;
  project.provide('site', shared.site);
  project.provide('siteReady', shared.siteReady);
  project.provide('browserEndpoint', shared.browserEndpoint);
  return () => shared.release();
}

async function start(): Promise<Shared> {
  // Where npm brings a Chromium (Linux x64), the whole suite uses it unless CHROMIUM_PATH names
  // another: the build under test and its PDFs, the second build, and every browser test. Line
  // breaks, PDF pages and pixels differ between Chromium versions, so the suite then judges the same
  // browser, of the version package-lock.json pins, on every such machine; and, a headless shell
  // without a desktop browser's services, it takes half the CPU an installed Chromium does.
  // Builds outside the tests (`npm start`) keep chromiumPath()'s order, an installed browser first.
  const pinned = process.env['CHROMIUM_PATH'] ? undefined : npmChromium();
  if (pinned) process.env['CHROMIUM_PATH'] = pinned;
  // A folder of this run's own, inside the project (where the built chunks find node_modules while
  // pages render), so that two runs at once never build over each other.
  mkdirSync('tests/.tmp', { recursive: true });
  const dir = mkdtempSync('tests/.tmp/site-');
  const built = buildSite(dir, { SITE_URL: url.origin, BASE_PATH: url.pathname }).then(
    (log) => ({ ok: true, log }),
    // The message holds what the build wrote to stderr; its log went to stdout.
    (error: unknown) => ({ ok: false, log: `${failedRun(error).message}\n${failedRun(error).stdout}`.trimEnd() }),
  );
  const ready = createServer((_, response) => {
    void built.then(({ ok, log }) => {
      response.statusCode = ok ? 200 : 500;
      response.end(log);
    });
  });
  const stop = async () => {
    await built;
    ready.close();
    rmSync(dir, { recursive: true, force: true });
  };
  await new Promise<void>((listening) => ready.listen(0, '127.0.0.1', listening));
  const browser = await launchChromiumServer().catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const shared: Shared = {
    site: { dir, url: url.href },
    siteReady: `http://127.0.0.1:${(ready.address() as AddressInfo).port}/`,
    browserEndpoint: browser.wsEndpoint(),
    users: 0,
    async release() {
      if (--shared.users > 0) return;
      delete store.alkGsk3TestSite;
      await browser.close();
      await stop();
    },
  };
  return shared;
}
