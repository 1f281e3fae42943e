import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * Gives each bookmark its heading's text. Chromium builds bookmarks from the laid-out
 * headings and drops the space where a long heading wraps ("Delivery and⏎Management"
 * becomes "Delivery andManagement"), so the titles are rewritten from the page's headings.
 * Returns how many bookmarks it could not match to a heading (their titles are kept).
 */
export function retitleBookmarks(document: PDFDocument, headings: readonly string[]): number {
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const items = [...listOutlineItems(outlines?.lookupMaybe(PDFName.of('First'), PDFDict))];
  const titles = matchBookmarkTitles(items.map(readTitle), headings);
  items.forEach((item, index) => {
    const title = titles[index];
    if (title !== undefined) item.set(PDFName.of('Title'), PDFHexString.fromText(title));
  });
  return titles.filter((title) => title === undefined).length;
}

/**
 * For each bookmark title, in document order, the heading it was made from: the next
 * heading whose text is the same once all whitespace is removed. Undefined where none is.
 */
export function matchBookmarkTitles(bookmarks: readonly string[], headings: readonly string[]): (string | undefined)[] {
  const squash = (text: string) => text.replace(/\s+/g, '');
  let next = 0;
  return bookmarks.map((bookmark) => {
    const found = headings.findIndex((heading, index) => index >= next && squash(heading) === squash(bookmark));
    if (found === -1) return undefined;
    next = found + 1;
    return headings[found];
  });
}

/** Outline items depth-first: each item, then its children, then its next sibling. */
function* listOutlineItems(first: PDFDict | undefined): Generator<PDFDict> {
  for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
    yield item;
    yield* listOutlineItems(item.lookupMaybe(PDFName.of('First'), PDFDict));
  }
}

function readTitle(item: PDFDict): string {
  const title = item.lookup(PDFName.of('Title'));
  return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
}
