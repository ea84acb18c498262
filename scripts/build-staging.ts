/**
 * A build writes into a folder of its own beside its output folder, and takes the output's place
 * only once it has ended well, every page, PDF, image and the sitemap written: a failed or
 * interrupted build leaves the previous site as it was, and a host never deploys half a site.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Runs `build` into `<outDir>.partial`, then moves the result to `outDir`, the previous output
 * aside meanwhile (`<outDir>.previous`) and then removed. Call it holding the build lock: the
 * folders' names are fixed, so that what a killed build left is found and cleared by the next.
 * @param build Builds into the folder it is given; resolves with whether it succeeded.
 * @returns Whether the build succeeded and `outDir` now holds it.
 */
export async function buildStaged(outDir: string, build: (stage: string) => Promise<boolean>): Promise<boolean> {
  const stage = `${outDir}.partial`;
  const previous = `${outDir}.previous`;
  // A build killed between the two renames below left the previous site aside: put it back.
  if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
  for (const leftover of [stage, previous]) rmSync(leftover, { recursive: true, force: true });
  let built = false;
  try {
    built = await build(stage);
  } finally {
    if (!built) rmSync(stage, { recursive: true, force: true });
  }
  if (!built) return false;
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(stage, outDir);
  rmSync(previous, { recursive: true, force: true });
  return true;
}
