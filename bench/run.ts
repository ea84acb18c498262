/**
 * `npm run bench`: builds the site, timing the build, then loads every page in headless Chromium
 * and prints what it costs a reader: requests, bytes by type (raw and gzipped), DOM size, layout
 * shift, render-blocking web fonts, and where it stands against its budget (bench/budget.ts).
 * Then runs Lighthouse three times on each edition (bench/lighthouse.ts) and prints its scores and
 * simulated first paint, beside bench/lighthouse-baseline.json's; `--no-lighthouse` leaves it out.
 * With `--build-baseline <dir or commit>`, then times the build beside that version's, and what
 * each glossary term adds to it (bench/build-time.ts).
 * Then runs the test suite (`npm test`) and prints its wall time; `--no-suite` leaves it out.
 * Prints figures only; `npm test` is what fails when a page breaks its budget.
 * SITE_DIST names the folder to build into (default `dist`); `--no-build` measures what it holds.
 * Each page's figures are printed beside those of bench/baseline.json (see bench/baseline.ts);
 * `--save-baseline` replaces that file with this run's (`--save-baseline=<commit>`: measured on a
 * build of that commit).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { buildSite, failedRun } from '../tests/support/build.ts';
import { builtPages } from '../tests/support/pages.ts';
import { baselineFile, changesSince, loadBaseline, saveBaseline } from './baseline.ts';
import { languages } from '../src/site/languages.ts';
import { budgetFor, budgetProblems, bytes } from './budget.ts';
import { compareBuilds } from './build-time.ts';
import { lighthouseFigures, lighthouseReport, saveLighthouseBaseline } from './lighthouse.ts';
import { assetTypes, measureSite, totalOf, type PageMeasurement, type Transfer } from './measure.ts';

const dir = process.env['SITE_DIST'] ?? 'dist';

const build = !process.argv.includes('--no-build');
const started = performance.now();
if (build) {
  await buildSite(dir).catch((error: unknown) => {
    console.error(failedRun(error).stderr || error);
    process.exit(1);
  });
}
const buildSeconds = (performance.now() - started) / 1000;
const measurements = await measureSite(dir, builtPages(dir));
const baseline = loadBaseline();

for (const page of measurements) console.log(`${report(page)}\n`);
if (build) console.log(`build: ${buildSeconds.toFixed(1)} s wall time, ${measurements.length} pages`);
const lighthouse = process.argv.includes('--no-lighthouse')
  ? undefined
  : await lighthouseFigures(
      dir,
      languages.map((lang) => `/${lang}/`),
    );
for (const [path, figures] of Object.entries(lighthouse ?? {})) console.log(lighthouseReport(path, figures));
const save = process.argv.find((arg) => arg === '--save-baseline' || arg.startsWith('--save-baseline='));
if (save) {
  // `--save-baseline=<commit>` names the commit an existing build (`--no-build`) was made from.
  const commit =
    save.split('=')[1] ?? execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim();
  saveBaseline(commit, measurements);
  if (lighthouse) saveLighthouseBaseline(commit, lighthouse);
  console.log(
    `baseline: saved to ${baselineFile}${lighthouse ? ' and bench/lighthouse-baseline.json' : ''}, as measured at ${commit}`,
  );
}

const buildBaseline = optionValue('--build-baseline');
if (buildBaseline) await compareBuilds(buildBaseline);

if (!process.argv.includes('--no-suite')) {
  const suiteStarted = performance.now();
  const suite = spawnSync('npm', ['test'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  const seconds = ((performance.now() - suiteStarted) / 1000).toFixed(1);
  console.log(
    `test suite (npm test): ${seconds} s wall time, ${suite.status === 0 ? 'passed' : `failed (exit ${suite.status})`}`,
  );
}

/** The value of an option given as `--name value` or `--name=value`. */
function optionValue(name: string): string | undefined {
  const at = process.argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  const arg = process.argv[at];
  if (arg === undefined) return undefined;
  return arg.includes('=') ? arg.slice(name.length + 1) : process.argv[at + 1];
}

/** One page's figures as a small table. */
function report(page: PageMeasurement): string {
  const total = totalOf(page);
  const row = (label: string, t: Transfer) =>
    `  ${label.padEnd(6)}${String(t.requests).padStart(5)}${bytes(t.raw).padStart(12)}${bytes(t.gzip).padStart(12)}`;
  const problems = budgetProblems(page);
  const budget = budgetFor(page.path);
  return [
    page.path,
    `  ${'type'.padEnd(6)}${'req'.padStart(5)}${'raw'.padStart(12)}${'gzip'.padStart(12)}`,
    ...assetTypes
      .filter((type) => type !== 'other' || page.bytes[type].requests)
      .map((type) => row(type, page.bytes[type])),
    row('total', total),
    `  inline CSS ${bytes(page.inlineStyle.raw)} raw, ${bytes(page.inlineStyle.gzip)} gzipped (in the html)`,
    `  DOM ${page.domNodes} elements · CLS ${page.layoutShift.toFixed(4)} · render-blocking requests: ${page.renderBlocking.join(', ') || 'none'} · render-blocking web fonts: ${page.renderBlockingFonts.length || 'none'}`,
    problems.length
      ? problems.map((problem) => `  OVER BUDGET ${problem}`).join('\n')
      : `  within budget: ${bytes(total.gzip)} of ${bytes(budget.totalGzip)} gzipped${budget.firstResponse ? `, first response ${bytes(page.firstResponse)} of ${bytes(budget.firstResponse)} with its headers` : ''}, CSS ${bytes(page.bytes.css.gzip + page.inlineStyle.gzip)} of ${bytes(budget.styleGzip)}, JS ${bytes(page.bytes.js.gzip)} of ${bytes(budget.scriptGzip)}, ${total.requests} of ${budget.requests} requests${budget.elements ? `, ${page.domNodes} of ${budget.elements} elements` : ''}`,
    ...(baseline ? [`  since the baseline (${baseline.commit}):`, ...changesSince(baseline, page)] : []),
  ].join('\n');
}
