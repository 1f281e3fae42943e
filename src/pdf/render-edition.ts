import type { BrowserContext } from 'playwright-core';
import type { PrintEdition } from './edition-files.ts';
import { openEditionPage } from './edition-page.ts';
import { measureHeadingPages } from './measure-headings.ts';
import { setPdfMetadata } from './set-metadata.ts';
import { printWithSettledToc } from './settle-toc.ts';

export interface RenderedPdf {
  pdf: Uint8Array;
  pageCount: number;
  passes: number;
  tocPages: Map<string, number>;
  unmatchedBookmarks: number;
}

/** One print edition to a finished PDF: passes until the contents are right, then metadata. */
export async function renderEdition(context: BrowserContext, origin: string, edition: PrintEdition, log: (line: string) => void): Promise<RenderedPdf> {
  const page = await openEditionPage(context, `${origin}${edition.route}`);
  try {
    const settled = await printWithSettledToc(page, measureHeadingPages, (pass, pageCount, ms) =>
      log(`${edition.fileName}  pass ${pass}  ${countOf(pageCount, 'page')}  ${formatSeconds(ms)}`),
    );
    const finished = await setPdfMetadata(settled.pdf, page.metadata, page.headings);
    return { ...settled, ...finished };
  } finally {
    await page.close();
  }
}

export function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

/** `1 page`, `57 pages`; `2 passes` with the plural given. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
