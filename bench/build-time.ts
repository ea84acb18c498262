/**
 * `npm run bench -- --build-baseline <dir or commit>`: the build's time beside another version's,
 * measured in one sitting, and what each glossary term adds to it.
 *
 * - Builds the baseline and this tree in turn, `rounds` times each, alternating, so that whatever
 *   else the machine does weighs on both alike, and prints the medians and their ratio: wall time,
 *   and CPU time (of the build and every process it starts: Astro, the share images, Chromium
 *   printing the PDFs).
 * - Builds this tree once more without its cache of drawn share images, as a first build does.
 * - Builds a copy of the content with `extraTerms` more glossary terms in each language, beside an
 *   unchanged copy, in turn, and prints the CPU time each term adds, on the first build that
 *   meets the terms (their share images drawn) and on the next (taken from the cache).
 *
 * The baseline is a checkout with its dependencies installed, or a commit, whose files are
 * extracted into the system's temporary folder and installed there (`npm ci`) once. Each tree
 * builds with its own scripts, its own dependencies and its own caches, for a look on this
 * machine (`--local`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One build's cost: seconds of wall time, and of CPU time in every process it ran. */
interface BuildCost {
  wall: number;
  cpu: number;
}

/**
 * The drawn share images a build keeps (`shareImageCache` of src/share-image/draw.ts, which Node
 * cannot import here: its own imports leave out their extensions, as Vite allows).
 */
const shareImageCache = resolve('node_modules/.cache/share-images');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * CPU seconds of this process's children that have ended, theirs and their own children's (Linux:
 * `cutime` and `cstime` of /proc/self/stat, in the kernel's clock ticks of 1/100 s); NaN elsewhere.
 */
function childCpuSeconds(): number {
  if (!existsSync('/proc/self/stat')) return NaN;
  // The fields after the command's name, which is in parentheses and may hold spaces.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Builds the tree at `root` with its own `scripts/astro.ts` into `outDir`; rejects with its output when it fails. */
async function timeBuild(
  root: string,
  outDir: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<BuildCost> {
  const cpu = childCpuSeconds();
  const started = performance.now();
  const output: Buffer[] = [];
  // A version from before `--local` builds for a look on this machine without it.
  const local = readFileSync(join(root, 'scripts/astro.ts'), 'utf8').includes("'--local'") ? ['--local'] : [];
  const child = spawn(process.execPath, ['scripts/astro.ts', 'build', ...local, '--outDir', resolve(outDir), ...args], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
  });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`The build in ${root} failed:\n${Buffer.concat(output).toString()}`);
  return { wall: (performance.now() - started) / 1000, cpu: childCpuSeconds() - cpu };
}

/**
 * The baseline's tree: `given` itself when it is a folder with its dependencies installed, else
 * that commit's files, extracted into the system's temporary folder and installed there (`npm ci`)
 * once.
 */
function baselineTree(given: string): string {
  if (existsSync(join(given, 'package.json'))) {
    if (!existsSync(join(given, 'node_modules', 'astro', 'package.json')))
      throw new Error(`${given} has no dependencies installed: run \`npm ci\` in it, or name a commit instead.`);
    return resolve(given);
  }
  const commit = execFileSync('git', ['rev-parse', '--short', `${given}^{commit}`], { encoding: 'utf8' }).trim();
  // Outside the project, so that type checks and linters never take its files for the project's.
  const dir = join(tmpdir(), `alk-gsk3-bench-baseline-${commit}`);
  if (!existsSync(join(dir, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', commit], { maxBuffer: 1 << 30 }) });
  }
  if (!existsSync(join(dir, 'node_modules')))
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: dir,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
  return dir;
}

/**
 * A copy of the content in tests/.tmp with `count` more glossary terms in each language, at the
 * end of each glossary, in the order of their ids, each marked in the last sentence of the
 * editor's notes (a term no sentence marks is a content error); its path.
 */
function contentWithTerms(count: number): string {
  const dir = join('tests/.tmp', `bench-content-${count}-terms`);
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true });
  const id = (n: number) => `term-added-${String(n).padStart(2, '0')}`;
  const entry = (lang: 'ja' | 'en', n: number) => {
    const term = lang === 'ja' ? `計測用の用語${n}` : `Measuring term ${n}`;
    const definition =
      lang === 'ja'
        ? 'ビルドが用語ごとに要する時間を計るために加えた用語です。'
        : 'A term added to measure what each term costs the build.';
    return `  - id: ${id(n)}\n    term: ${term}\n    definition: "${definition}"\n`;
  };
  for (const lang of ['ja', 'en'] as const) {
    const file = join(dir, lang, 'glossary.mdx');
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 4) + 1;
    const added = Array.from({ length: count }, (_, i) => entry(lang, i + 1)).join('');
    writeFileSync(file, text.slice(0, end) + added + text.slice(end));
    const notes = join(dir, lang, 'notes.mdx');
    const marks = Array.from({ length: count }, (_, i) => `<Term id="${id(i + 1)}" />`).join('');
    const last = readFileSync(notes, 'utf8');
    writeFileSync(notes, last.replace(/([。.])<\/p>\s*$/, `${marks}$1</p>\n`));
  }
  return dir;
}

/**
 * An Astro configuration for a copy of the content: the project's, with caches of its own inside
 * the copy, as tests/support/content.ts's `editionConfig` writes it (which Node cannot import here,
 * for the same reason); its path.
 */
function configFor(dir: string): string {
  const config = join(dir, '.astro.config.mjs');
  const cache = (name: string) => JSON.stringify(resolve(dir, '.cache', name));
  writeFileSync(
    config,
    `import config from ${JSON.stringify(pathToFileURL(resolve('astro.config.mjs')).href)};\n` +
      `export default { ...config, cacheDir: ${cache('astro')}, vite: { ...config.vite, cacheDir: ${cache('vite')} } };\n`,
  );
  return config;
}

/** Runs the whole comparison and prints it, line by line, as it goes. */
export async function compareBuilds(
  given: string,
  { rounds = 3, extraTerms = 10, log = console.log } = {},
): Promise<void> {
  const baseline = baselineTree(given);
  const out = (name: string) => resolve('tests/.tmp', `bench-build-${name}`);
  const seconds = (cost: BuildCost) => `${cost.wall.toFixed(1)} s wall, ${cost.cpu.toFixed(1)} s CPU`;
  log(`build time beside ${given}, alternating, ${rounds} rounds:`);
  const before: BuildCost[] = [];
  const now: BuildCost[] = [];
  for (let round = 1; round <= rounds; round++) {
    const [then, here] = [await timeBuild(baseline, out('baseline')), await timeBuild('.', out('now'))];
    before.push(then);
    now.push(here);
    log(`  round ${round}: baseline ${seconds(then)}; this tree ${seconds(here)}`);
  }
  const wall = median(now.map((c) => c.wall)) / median(before.map((c) => c.wall));
  const cpu = median(now.map((c) => c.cpu)) / median(before.map((c) => c.cpu));
  log(
    `  medians: baseline ${median(before.map((c) => c.wall)).toFixed(1)} s wall, ${median(before.map((c) => c.cpu)).toFixed(1)} s CPU; this tree ${median(now.map((c) => c.wall)).toFixed(1)} s wall, ${median(now.map((c) => c.cpu)).toFixed(1)} s CPU`,
  );
  log(`  ratio (this tree / baseline): wall ${wall.toFixed(2)}, CPU ${cpu.toFixed(2)} (target at most 0.65)`);

  // The first build on a machine: no share image drawn yet. The cache is set aside, then put back.
  const aside = `${shareImageCache}.bench-aside`;
  const cached = existsSync(shareImageCache);
  if (cached) renameSync(shareImageCache, aside);
  try {
    log(`  this tree, no share image cached: ${seconds(await timeBuild('.', out('now')))}`);
  } finally {
    if (cached) {
      rmSync(shareImageCache, { recursive: true, force: true });
      renameSync(aside, shareImageCache);
    }
  }

  // Each copy gets caches of its own, so that neither unsettles the other's.
  const plain = contentWithTerms(0);
  const more = contentWithTerms(extraTerms);
  const build = (dir: string) =>
    timeBuild('.', out('terms'), ['--config', configFor(dir)], { EDITION_CONTENT_DIR: dir });
  const perTerm = (a: BuildCost, b: BuildCost) => ((b.cpu - a.cpu) / extraTerms).toFixed(2);
  const first = [await build(plain), await build(more)] as const;
  const next = [await build(plain), await build(more)] as const;
  log(
    `CPU time per glossary term (${extraTerms} added in each language, beside the content as it is; target at most 0.2 s):`,
  );
  log(
    `  first build with them: ${perTerm(...first)} s (${first[0].cpu.toFixed(1)} -> ${first[1].cpu.toFixed(1)} s CPU)`,
  );
  log(`  next build: ${perTerm(...next)} s (${next[0].cpu.toFixed(1)} -> ${next[1].cpu.toFixed(1)} s CPU)`);
  for (const dir of [plain, more, out('baseline'), out('now'), out('terms')])
    rmSync(dir, { recursive: true, force: true });
}
