import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep headless Chromium off the network and quiet on a machine without a display. */
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Path of a Chromium binary: CHROMIUM_PATH, else a browser Playwright has installed, else the
 * system's.
 * @throws When there is none, saying how to get one.
 */
export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], chromium.executablePath(), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
}

/** Launches headless Chromium from {@link chromiumPath}. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: flags });
}
