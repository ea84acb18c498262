import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const read = (file: string) => readFileSync(file, 'utf8');
const project = JSON.parse(read('package.json')) as { devEngines: { runtime: { name: string; version: string } } };
const lockfile = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string }> };

test('.nvmrc, devEngines and the npm-shipped node name one Node, the one the scripts run on', () => {
  const pinned = lockfile.packages['node_modules/node']?.version;
  expect(read('.nvmrc').trim()).toBe(pinned);
  expect(project.devEngines.runtime).toMatchObject({ name: 'node', version: `^${pinned}` });
  // `npm test` runs this file, so its Node is the project's.
  expect(process.versions.node).toBe(pinned);
});
