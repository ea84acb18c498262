/**
 * `npm run check`: the type check, the linter and the formatter's check, side by side. Each runs on
 * one core, so together they take about the time of the slowest rather than the sum. ESLint reads
 * the types Astro generates (`astro:content`, `import.meta.env`), so `astro sync` writes them
 * first, and the type check then skips its own sync. Each one's output is printed whole when it
 * ends, under its command; the check fails if any of them fails, and says which.
 */
import { spawn } from 'node:child_process';

/** Runs a command as npm would, with the project's tools on the path; prints its output whole once it ends; resolves with whether it passed. */
function run(command: string): Promise<boolean> {
  return new Promise((done) => {
    // Piped to be read, so the tools would print without colours: keep them where this terminal
    // shows them, as scripts/astro.ts does. A shell, as npm scripts use one, so that `eslint` is
    // found as npm finds it, on Windows too.
    const colour = process.stdout.isTTY && !('NO_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {};
    const child = spawn(command, { shell: true, env: { ...colour, ...process.env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    const end = (ok: boolean) => {
      process.stdout.write(`\n> ${command}\n${output}`);
      if (!ok) failed.push(command);
      done(ok);
    };
    child.on('error', (error) => {
      output += `${error.message}\n`;
      end(false);
    });
    child.on('close', (code) => end(code === 0));
  });
}

const failed: string[] = [];
const format = run('prettier --check .');
if (await run('node scripts/astro.ts sync'))
  await Promise.all([run('node scripts/astro.ts check --noSync'), run('eslint .')]);
await format;
if (failed.length) {
  console.error(`\nFailed: ${failed.map((command) => `\`${command}\``).join(', ')}`);
  process.exitCode = 1;
}
