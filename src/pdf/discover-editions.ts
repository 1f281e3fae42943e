import { globSync } from 'node:fs';
import { matchPrintEdition, type PrintEdition } from './edition-files.ts';

/**
 * The print editions a built site holds, sorted by route: every `…/print/index.html` that
 * is a publication's print edition. Read from the build rather than from the data, so the
 * PDFs are exactly the editions that were built.
 */
export function discoverPrintEditions(siteDir: string): PrintEdition[] {
  return globSync('**/print/index.html', { cwd: siteDir })
    .map((file) => `/${file.split('\\').join('/').slice(0, -'index.html'.length)}`)
    .map(matchPrintEdition)
    .filter((edition) => edition !== undefined)
    .sort((a, b) => a.route.localeCompare(b.route));
}
