/**
 * `npm run pdf [folder]`: prints the articles of an already built site (default `dist`) to PDF
 * again, e.g. with another Chromium (`CHROMIUM_PATH`). `astro build` does this by itself.
 * `BASE_PATH` must be the one the site was built with; run it from the project root, whose content
 * (`EDITION_CONTENT_DIR`, as for the build) gives the PDFs' metadata.
 */
import { renderPdfs } from '../src/pdf/print.ts';

const files = await renderPdfs(process.argv[2] ?? 'dist', process.env['BASE_PATH'] ?? '/', process.cwd());
for (const file of files) console.log(file);
