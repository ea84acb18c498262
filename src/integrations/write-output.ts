/** Writing the build's own files (PDFs, `_headers`) so that a failure says which file it was. */
import { rm, writeFile } from 'node:fs/promises';

/**
 * Writes one file of the build. When the write fails (a full disk, say, whose error from Node
 * names no file), the error names the file and the part written is removed, so that no empty or
 * truncated file is left behind.
 * @throws `Could not write <file>: no space left on device (ENOSPC).`, with Node's error as its cause.
 */
export async function writeOutput(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(file, data);
  } catch (error) {
    await rm(file, { force: true });
    const { code, message } = error as NodeJS.ErrnoException;
    // Node's message repeats the code first and the call last: "ENOSPC: no space left on device,
    // write", "ENOENT: no such file or directory, open '<file>'".
    const reason = code ? `${message.replace(`${code}: `, '').replace(/, .*$/s, '')} (${code})` : message;
    throw new Error(`Could not write ${file}: ${reason}.`, { cause: error });
  }
}
