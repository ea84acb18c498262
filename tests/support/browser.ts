import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

/**
 * Connects to the headless Chromium the global setup started (tests/setup/site.ts): one browser
 * for the whole run. Closing the returned browser closes only this file's contexts.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}
