import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Where things landed in a printed PDF. */
export interface Measurement {
  pageCount: number;
  /** Each named destination's page, counted from 1 as the page numbers are printed. */
  pages: Map<string, number>;
}

/**
 * Reads, with pdf.js, on which page each named destination lands. Chromium writes one
 * destination per link target, at the target's page, so this is where Chromium itself put
 * each heading: no text search that a repeated title or a hyphenated line could fool.
 */
export async function measureHeadingPages(pdf: Uint8Array, destinations: readonly string[]): Promise<Measurement> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const loading = getDocument({ data: pdf.slice(), verbosity: 0 });
  try {
    const document = await loading.promise;
    const pages = new Map<string, number>();
    for (const name of destinations) {
      const destination = await document.getDestination(name);
      const pageRef = destination?.[0];
      if (!pageRef || typeof pageRef !== 'object') throw new Error(`The heading #${name} has no destination in the PDF: was it hidden from print?`);
      pages.set(name, (await document.getPageIndex(pageRef)) + 1);
    }
    return { pageCount: document.numPages, pages };
  } finally {
    await loading.destroy();
  }
}
