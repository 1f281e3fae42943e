import type { EditionPage } from './edition-page.ts';
import type { Measurement } from './measure-headings.ts';

/** What the passes need of a page: its table of contents, and printing. */
export type PrintablePage = Pick<EditionPage, 'tocTargets' | 'fillTocPages' | 'print'>;
export type MeasurePages = (pdf: Uint8Array, destinations: readonly string[]) => Promise<Measurement>;
/** Called after each pass with its number, the pages printed, and its duration. */
export type PassReport = (pass: number, pageCount: number, milliseconds: number) => void;

export interface SettledPdf {
  pdf: Uint8Array;
  pageCount: number;
  /** Table-of-contents entry id → the page printed next to it (and where its heading is). */
  tocPages: Map<string, number>;
  passes: number;
}

/** More passes than this means the numbers keep moving the headings: give up loudly. */
export const MAX_PASSES = 4;

/**
 * Prints until the table of contents is right. Chromium has no target-counter(), so each
 * pass prints, measures the page each heading landed on, and writes those numbers into the
 * table of contents; the PDF of a pass whose numbers were already the measured ones is the
 * result. Filling in numbers can move headings (a title wraps, the contents grow a page),
 * hence a loop rather than two fixed passes.
 */
export async function printWithSettledToc(page: PrintablePage, measure: MeasurePages, report: PassReport): Promise<SettledPdf> {
  const headingIds = page.tocTargets.map((target) => target.headingId);
  let filled: Map<string, number> | undefined;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const started = performance.now();
    await page.fillTocPages(filled ?? new Map());
    const pdf = await page.print();
    const measured = await measure(pdf, headingIds);
    const tocPages = new Map(page.tocTargets.map((target) => [target.id, measured.pages.get(target.headingId)!]));
    report(pass, measured.pageCount, performance.now() - started);
    if (headingIds.length === 0 || (filled && haveSamePages(filled, tocPages))) return { pdf, pageCount: measured.pageCount, tocPages, passes: pass };
    filled = tocPages;
  }
  throw new TocDidNotSettle(MAX_PASSES);
}

function haveSamePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);
}

export class TocDidNotSettle extends Error {
  constructor(passes: number) {
    super(`The table of contents did not settle after ${passes} passes: each time its page numbers were filled in, headings moved to other pages. Look for a contents entry that wraps onto another line or page once its number is added.`);
    this.name = 'TocDidNotSettle';
  }
}
