/**
 * `npm run check`: the type check, the linter and the formatter's check, side by side. Each runs
 * on one core, so together they take about the time of the slowest (the type check) rather than
 * the sum. Each one's output is printed whole when it ends, under its command; the check fails if
 * any of them fails, and says which.
 */
import { spawn } from 'node:child_process';

/** What `npm run check` runs: each command as npm would run it, with the project's tools on the path. */
const commands = ['node scripts/astro.ts check', 'eslint .', 'prettier --check .'];

/** Runs a command to its end; resolves with whether it passed and everything it printed. */
function run(command: string): Promise<{ command: string; ok: boolean; output: string }> {
  return new Promise((done) => {
    // A shell, as npm scripts use one, so that `eslint` is found as npm finds it, on Windows too.
    const child = spawn(command, {
      shell: true,
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.on('error', (error) => done({ command, ok: false, output: `${output}${error.message}\n` }));
    child.on('close', (code) => done({ command, ok: code === 0, output }));
  });
}

const failed: string[] = [];
await Promise.all(
  commands.map(async (command) => {
    const { ok, output } = await run(command);
    process.stdout.write(`\n> ${command}\n${output}`);
    if (!ok) failed.push(command);
  }),
);
if (failed.length) {
  console.error(`\nFailed: ${failed.map((command) => `\`${command}\``).join(', ')}`);
  process.exitCode = 1;
}
