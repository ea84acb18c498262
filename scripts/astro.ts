/**
 * `node scripts/astro.ts <command> …`: Astro's command line with its telemetry and its update check
 * off, so that no build or server sends anything anywhere (the dev server would otherwise ask the
 * npm registry for Astro's latest version). A script written `ASTRO_TELEMETRY_DISABLED=1 astro …`
 * would do the same on Linux and macOS only; Windows' shell has no such syntax.
 *
 * `build` also: warns, in one line, when `SITE_URL` is not set, and fails instead under `CI=true`
 * or with `--deploy` (`--local`, for a look on this machine, as `npm start` builds, asks nothing);
 * waits while another build runs in the project (build-lock.ts); replaces the output folder only
 * with a complete site (build-staging.ts); and names the file a full disk stopped it at (disk-full.ts).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildLockFile, lockBuild } from './build-lock.ts';
import { siteUrlNeed, siteUrlProblem } from './build-site-url.ts';
import { buildStaged } from './build-staging.ts';
import { diskFullMessage } from './disk-full.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Astro reads exactly 'true' (astro/dist/core/dev/update-check.js).
process.env['ASTRO_DISABLE_UPDATE_CHECK'] = 'true';
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const [command, ...args] = process.argv.slice(2);

if (command === 'build') process.exitCode = await build(args);
else await import(pathToFileURL(astro).href);

/** `astro build`, staged and locked; resolves with the exit code. */
async function build(args: string[]): Promise<number> {
  const need = siteUrlNeed(args, process.env);
  const problem = siteUrlProblem(need, process.env);
  if (problem && need === 'require') {
    console.error(`error: ${problem}`);
    return 1;
  }
  if (problem) console.warn(`warning: ${problem}`);
  const { outDir, rest } = outDirOf(args.filter((arg) => arg !== '--local' && arg !== '--deploy'));
  const release = await lockBuild(buildLockFile(process.cwd()), (pid) =>
    console.log(`Another build is running in this project (process ${pid}): this one waits for it to end.`),
  );
  try {
    const built = await buildStaged(outDir, async (stage) => {
      const { ok, output } = await run([astro, 'build', ...rest, '--outDir', stage]);
      const diskFull = ok ? undefined : diskFullMessage(output, stage);
      if (diskFull) console.error(diskFull);
      return ok;
    });
    if (built) console.log(`The complete site is in ${outDir}/.`);
    else console.error(`The build failed: ${outDir}/ is as it was.`);
    return built ? 0 : 1;
  } finally {
    release();
  }
}

/** The output folder named by `--outDir` (default `dist`, as Astro's), and the other arguments. */
function outDirOf(args: string[]): { outDir: string; rest: string[] } {
  const at = args.findIndex((arg) => arg === '--outDir' || arg.startsWith('--outDir='));
  if (at < 0) return { outDir: 'dist', rest: args };
  const joined = args[at]?.includes('=') ?? false;
  const outDir = joined ? args[at]?.split('=').slice(1).join('=') : args[at + 1];
  if (!outDir) throw new Error('--outDir needs a folder.');
  return { outDir: outDir.replace(/[/\\]+$/, ''), rest: [...args.slice(0, at), ...args.slice(at + (joined ? 1 : 2))] };
}

/**
 * Runs Node with `args`, its output this process's; resolves with whether it succeeded and the end
 * of what it printed. A stop asked of this process (SIGINT, SIGTERM) is passed on, so the build
 * ends and its folder is cleared.
 */
function run(args: string[]): Promise<{ ok: boolean; output: string }> {
  // Piped to be read, so Astro would print without colours: keep them where this terminal shows them.
  const colour = process.stdout.isTTY && !('NO_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {};
  const child = spawn(process.execPath, args, {
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...colour, ...process.env },
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-64 * 1024));
  child.stdout.on('data', (chunk: Buffer) => (process.stdout.write(chunk), keep(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (process.stderr.write(chunk), keep(chunk)));
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, stop);
      resolve({ ok: code === 0, output });
    });
  });
}
