/**
 * Which print editions become PDFs, and under which names. Pure, so publication pages can
 * import it to link to a PDF, and the PDF step to name the file it writes.
 */

/** A publication kind that has a print edition. */
export type EditionKind = 'annual-report' | 'newsletter' | 'survey';

/** One print edition found in a built site. */
export interface PrintEdition {
  kind: EditionKind;
  /** The publication's key in its route: a fiscal year, an issue number, a survey round. */
  id: string;
  /** Where the print edition is served, e.g. `/reports/2018-19/print/`. */
  route: string;
  /** The PDF's file name in `pdf/`, e.g. `annual-report-2018-19.pdf`. */
  fileName: string;
}

/** The folder of the built site that holds the PDFs. */
export const PDF_FOLDER = 'pdf';

/** The print editions' routes, as src/site/permalinks.ts writes them (`reportPrint` & co.). */
const PRINT_ROUTES: readonly { kind: EditionKind; pattern: RegExp }[] = [
  { kind: 'annual-report', pattern: /^\/reports\/([^/]+)\/print\/$/ },
  { kind: 'newsletter', pattern: /^\/newsletters\/(\d+)\/print\/$/ },
  { kind: 'survey', pattern: /^\/surveys\/(\d+)\/print\/$/ },
];

/**
 * A publication's PDF file name: `annual-report-2018-19.pdf`, `newsletter-059.pdf`,
 * `survey-2020.pdf`. Newsletter numbers take three digits, as the content folders do, so
 * the files sort in issue order.
 */
export function namePdfFile(kind: EditionKind, id: string | number): string {
  const key = kind === 'newsletter' ? String(id).padStart(3, '0') : String(id);
  return `${kind}-${key}.pdf`;
}

/** The route a PDF is served from: `/pdf/survey-2020.pdf`. */
export function routeOfPdf(fileName: string): string {
  return `/${PDF_FOLDER}/${fileName}`;
}

/** The print edition a route serves, or undefined when the route is not a print edition. */
export function matchPrintEdition(route: string): PrintEdition | undefined {
  for (const { kind, pattern } of PRINT_ROUTES) {
    const id = pattern.exec(route)?.[1];
    if (id) return { kind, id, route, fileName: namePdfFile(kind, id) };
  }
  return undefined;
}
