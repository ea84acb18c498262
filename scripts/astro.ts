/**
 * `node scripts/astro.ts <command> …`: Astro's command line with its telemetry and its update check
 * off, so that no build or server sends anything anywhere (the dev server would otherwise ask the
 * npm registry for Astro's latest version). A script written `ASTRO_TELEMETRY_DISABLED=1 astro …`
 * would do the same on Linux and macOS only; Windows' shell has no such syntax.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Astro reads exactly 'true' (astro/dist/core/dev/update-check.js).
process.env['ASTRO_DISABLE_UPDATE_CHECK'] = 'true';
const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
await import(pathToFileURL(join(astro, 'bin', 'astro.mjs')).href);
