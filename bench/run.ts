/**
 * `npm run bench`: builds the site, timing the build, then loads every page in headless Chromium
 * and prints what it costs a reader: requests, bytes by type (raw and gzipped), DOM size, layout
 * shift, render-blocking web fonts, and where it stands against its budget (bench/budget.ts).
 * Then runs the test suite (`npm test`) and prints its wall time; `--no-suite` leaves it out.
 * Prints figures only; `npm test` is what fails when a page breaks its budget.
 * SITE_DIST names the folder to build into (default `dist`).
 */
import { spawnSync } from 'node:child_process';
import { buildSite } from '../tests/support/build.ts';
import { builtPages } from '../tests/support/pages.ts';
import { budgetProblems, bytes, pageBudget } from './budget.ts';
import { assetTypes, measureSite, type PageMeasurement, type Transfer } from './measure.ts';

const dir = process.env['SITE_DIST'] ?? 'dist';

const started = performance.now();
await buildSite(dir).catch((error: { stderr?: string }) => {
  console.error(error.stderr ?? error);
  process.exit(1);
});
const buildSeconds = (performance.now() - started) / 1000;
const measurements = await measureSite(dir, builtPages(dir));

for (const page of measurements) console.log(`${report(page)}\n`);
console.log(`build: ${buildSeconds.toFixed(1)} s wall time, ${measurements.length} pages`);

if (!process.argv.includes('--no-suite')) {
  const suiteStarted = performance.now();
  const suite = spawnSync('npm', ['test'], { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
  const seconds = ((performance.now() - suiteStarted) / 1000).toFixed(1);
  console.log(`test suite (npm test): ${seconds} s wall time, ${suite.status === 0 ? 'passed' : `failed (exit ${suite.status})`}`);
}

/** One page's figures as a small table. */
function report(page: PageMeasurement): string {
  const total = Object.values(page.bytes).reduce((sum, t): Transfer => ({ requests: sum.requests + t.requests, raw: sum.raw + t.raw, gzip: sum.gzip + t.gzip }));
  const row = (label: string, t: Transfer) => `  ${label.padEnd(6)}${String(t.requests).padStart(5)}${bytes(t.raw).padStart(12)}${bytes(t.gzip).padStart(12)}`;
  const problems = budgetProblems(page);
  return [
    page.path,
    `  ${'type'.padEnd(6)}${'req'.padStart(5)}${'raw'.padStart(12)}${'gzip'.padStart(12)}`,
    ...assetTypes.filter((type) => type !== 'other' || page.bytes[type].requests).map((type) => row(type, page.bytes[type])),
    row('total', total),
    `  DOM ${page.domNodes} elements · CLS ${page.layoutShift.toFixed(4)} · render-blocking web fonts: ${page.renderBlockingFonts.length || 'none'}`,
    problems.length
      ? problems.map((problem) => `  OVER BUDGET ${problem}`).join('\n')
      : `  within budget: ${bytes(total.gzip)} of ${bytes(pageBudget.totalGzip)} gzipped, JS ${bytes(page.bytes.js.gzip)} of ${bytes(pageBudget.scriptGzip)}`,
  ].join('\n');
}
