/**
 * Finds and launches the headless Chromium that prints the PDFs and runs the browser tests, so
 * that `npm ci` is all a machine needs: a browser the user chose, else one installed on the
 * machine, else the Chromium that `@sparticuz/chromium` ships inside its npm package (Linux x64).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

/** Flags that keep headless Chromium off the network and quiet on a machine without a display. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chrome, Chromium and Edge install themselves, by platform. */
function installedBrowsers(): string[] {
  const env = process.env;
  switch (platform()) {
    case 'darwin':
      return [
        'Google Chrome.app/Contents/MacOS/Google Chrome',
        'Chromium.app/Contents/MacOS/Chromium',
        'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ].map((app) => `/Applications/${app}`);
    case 'win32':
      return [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']]
        .filter((dir): dir is string => Boolean(dir))
        .flatMap((dir) => [
          join(dir, 'Google/Chrome/Application/chrome.exe'),
          join(dir, 'Microsoft/Edge/Application/msedge.exe'),
        ]);
    default:
      return ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'].map(
        (name) => `/usr/bin/${name}`,
      );
  }
}

/**
 * The Chromium of `@sparticuz/chromium`, which ships it brotli-compressed for Linux x64 only,
 * unpacked once into `node_modules/.cache`. The file appears whole or not at all (written aside,
 * then renamed), so concurrent builds and tests never start a half-written binary.
 */
export function npmChromium(): string | undefined {
  if (platform() !== 'linux' || arch() !== 'x64') return undefined;
  let entry: string;
  try {
    // The package exports its entry point only (build/index.js), not its package.json.
    entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  const dir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const binary = join(dir, '..', '..', '.cache', 'chromium', version, 'chromium');
  if (!existsSync(binary)) {
    mkdirSync(dirname(binary), { recursive: true });
    const partial = `${binary}.${process.pid}`;
    writeFileSync(partial, brotliDecompressSync(readFileSync(join(dir, 'bin', 'chromium.br'))), { mode: 0o755 });
    renameSync(partial, binary);
  }
  return binary;
}

/**
 * Path of a Chromium binary: `CHROMIUM_PATH`, else a browser Playwright has installed, else an
 * installed Chrome, Chromium or Edge, else the one from npm.
 * @throws When there is none, saying what to install.
 */
export function chromiumPath(): string {
  const chosen = process.env['CHROMIUM_PATH'];
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist.`);
    return chosen;
  }
  const found = [chromium.executablePath(), ...installedBrowsers()].find((path) => existsSync(path)) ?? npmChromium();
  if (!found)
    throw new Error(
      `No Chromium found for ${platform()} ${arch()}: the PDFs and browser tests need one. Install Google Chrome, Chromium or Microsoft Edge, or set CHROMIUM_PATH to its binary. (npm brings its own only on Linux x64.)`,
    );
  return found;
}

/** Options that launch {@link chromiumPath} headless and off the network. */
function launchOptions(): LaunchOptions {
  return { executablePath: chromiumPath(), args: chromiumFlags };
}

/** Launches headless Chromium from {@link chromiumPath}. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** Starts headless Chromium as a server that many processes connect to (see `chromium.connect`). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}
