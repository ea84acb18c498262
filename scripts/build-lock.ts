/**
 * One build at a time in a project: two at once would rewrite each other's `.astro/` and Vite
 * cache and fail with some unrelated module error. A build takes the lock, a file holding its
 * process id; a second build says so and waits until the first ends. A lock whose process is gone
 * (a build killed midway) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The lock of the project at `root`. */
export function buildLockFile(root: string): string {
  return join(root, 'node_modules', '.cache', 'build.lock');
}

/** Whether a process of this machine is running (signal 0 checks without sending anything). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id a lock file holds; undefined while it is being written, or once it is gone. */
function holderOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock in `file` for this process, waiting while another build holds it.
 * @param onWait Told once, with the other build's process id, when this one has to wait.
 * @param poll How often to look again, in milliseconds.
 * @returns Releases the lock; it is also released when this process exits.
 */
export async function lockBuild(file: string, onWait: (pid: number) => void, poll = 1_000): Promise<() => void> {
  mkdirSync(dirname(file), { recursive: true });
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(file);
    if (holder !== undefined && !running(holder)) {
      rmSync(file, { force: true });
      continue;
    }
    if (holder !== undefined && !told) {
      onWait(holder);
      told = true;
    }
    await sleep(poll);
  }
  const release = () => {
    if (holderOf(file) === process.pid) rmSync(file, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}
