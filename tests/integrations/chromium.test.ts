import { execFileSync } from 'node:child_process';
import { arch, platform } from 'node:os';
import { afterEach, describe, expect, test } from 'vitest';
import { chromiumPath, npmChromium } from '../../src/pdf/chromium';

describe('chromiumPath', () => {
  const chosen = process.env['CHROMIUM_PATH'];
  afterEach(() => {
    if (chosen === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = chosen;
  });

  test('takes CHROMIUM_PATH first, and says so when it names nothing', () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    expect(() => chromiumPath()).toThrow('CHROMIUM_PATH is /nonexistent/chromium, which does not exist.');
  });
});

// The browser a machine with only Node and npm prints the PDFs with; other machines use their own.
describe.runIf(platform() === 'linux' && arch() === 'x64')('npmChromium, on Linux x64', () => {
  test('unpacks the Chromium that arrives with npm ci, and it runs', () => {
    const binary = npmChromium();
    expect(binary).toMatch(/node_modules\/\.cache\/chromium\/[\d.]+\/chromium$/);
    expect(execFileSync(binary!, ['--version'], { encoding: 'utf8' })).toMatch(/^Chromium \d+\./);
  }, 60_000);
});
