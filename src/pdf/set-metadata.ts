import { PDFDocument } from 'pdf-lib';
import type { EditionMetadata } from './edition-page.ts';
import { retitleBookmarks } from './retitle-bookmarks.ts';

export interface FinishedPdf {
  pdf: Uint8Array;
  /** Bookmarks that matched no heading and kept Chromium's title. */
  unmatchedBookmarks: number;
}

/**
 * Completes the document information Chromium leaves out or gets wrong: it writes the
 * HTML `<title>` (with "(print edition) | ROCB A/P") as Title, a user-agent string as
 * Creator, and no Author or Subject. pdf-lib rewrites the file but keeps every
 * object, so the structure tree (tagged PDF), bookmarks and links survive; Producer and
 * dates stay Chromium's (`updateMetadata: false` stops pdf-lib putting its own name in).
 */
export async function setPdfMetadata(pdf: Uint8Array, metadata: EditionMetadata, headings: readonly string[]): Promise<FinishedPdf> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setCreator('Rapporteur');
  if (metadata.language) document.setLanguage(metadata.language);
  const unmatchedBookmarks = retitleBookmarks(document, headings);
  return { pdf: await document.save(), unmatchedBookmarks };
}
