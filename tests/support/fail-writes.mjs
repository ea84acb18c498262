/**
 * Loaded into a build with `node --import`: every write of a file whose name ends with
 * FAIL_WRITES (e.g. `.html`) fails as it does on a full disk, with Node's own error, which names no
 * file, after the file has been created empty, as `writeFile` leaves it when the disk fills.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const ending = process.env.FAIL_WRITES;
if (!ending) throw new Error('FAIL_WRITES names the ending of the files whose writes fail.');
const writeFile = fs.promises.writeFile;
fs.promises.writeFile = async (file, data, options) => {
  if (!String(file).endsWith(ending)) return writeFile(file, data, options);
  await writeFile(file, '');
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  });
};
// `import { writeFile } from 'node:fs/promises'` then gets this one too.
syncBuiltinESMExports();
