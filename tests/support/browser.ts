import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/integrations/chromium.ts';

/**
 * Launches the headless Chromium that also prints the PDFs. Fails loudly when none is installed:
 * browser tests are never skipped.
 */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}
