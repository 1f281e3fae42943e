import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderPdfEditions } from '../pdf/render-editions.ts';

/**
 * `npm run pdf [-- --site DIR]`: (re)makes the PDF editions of the site already built in
 * `dist/` (or DIR) into its `pdf/` folder, and updates the sizes its pages show. `npm run
 * build` does the same inside the build; this redoes the PDFs alone. Exits 1 if any failed.
 */
const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const siteDir = resolve(values.site);
if (!existsSync(siteDir)) {
  console.error(`There is no built site in ${siteDir}, so there is nothing to print. Run npm run build first (it makes the PDFs too).`);
  process.exit(1);
}
const started = performance.now();
try {
  const written = await renderPdfEditions(siteDir);
  console.log(`${written.length} PDF edition(s) in ${resolve(siteDir, 'pdf')} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  process.exitCode = 1;
}
