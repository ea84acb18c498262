/**
 * Loaded into a build with `node --import`: every write of a PDF fails as it does on a full disk,
 * with Node's own error, which names no file, after the file has been created empty, as
 * `writeFile` leaves it when the disk fills.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const writeFile = fs.promises.writeFile;
fs.promises.writeFile = async (file, data, options) => {
  if (!String(file).endsWith('.pdf')) return writeFile(file, data, options);
  await writeFile(file, '');
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
};
// `import { writeFile } from 'node:fs/promises'` then gets this one too.
syncBuiltinESMExports();
