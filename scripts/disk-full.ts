/**
 * Names the file a full disk stopped a build at. Astro writes its pages itself, and Node's error
 * for a full disk names no file ("ENOSPC: no space left on device, write"); the file being written
 * is the one last modified in the build's folder, which `writeFile` created before the disk refused
 * its bytes. The build's own files (PDFs, `_headers`) name themselves (write-output.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file last modified below `dir`, or undefined when it holds none.
 * @example lastWritten('dist.partial') // 'dist.partial/en/glossary/index.html'
 */
export function lastWritten(dir: string): string | undefined {
  let newest: { file: string; time: number } | undefined;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const time = statSync(file).mtimeMs;
    if (!newest || time >= newest.time) newest = { file, time };
  }
  return newest?.file;
}

/**
 * What to tell the author when a build's output shows a full disk that no message has named a file
 * for yet: the file last written in the build's folder. Undefined for any other failure.
 * @param output What the build printed.
 * @param dir The folder the build wrote into.
 */
export function diskFullMessage(output: string, dir: string): string | undefined {
  if (!/ENOSPC/.test(output) || /Could not write \S+: no space left on device/.test(output)) return undefined;
  const file = lastWritten(dir);
  return file && `Could not write ${file}: no space left on device (ENOSPC).`;
}
