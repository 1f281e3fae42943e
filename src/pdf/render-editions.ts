import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { discoverPrintEditions } from './discover-editions.ts';
import { PDF_FOLDER, type PrintEdition } from './edition-files.ts';
import { fillPdfLinks, formatFileSize, type PdfFacts } from './fill-pdf-links.ts';
import { guardRequests, type RequestGuard } from './guard-requests.ts';
import { launchBrowser } from './launch-browser.ts';
import { countOf, formatSeconds, renderEdition } from './render-edition.ts';
import { serveSite } from '../serve/serve-site.ts';
import { writeFileAtomically } from './write-file-atomically.ts';

/** The side effects of a run, replaceable in tests. */
export interface PdfEffects {
  /** One progress line. */
  log(line: string): void;
  /** Must never leave a partial file (see write-file-atomically.ts). */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** The Chromium to drive; launch-browser.ts picks Debian's when undefined. */
  chromiumPath?: string;
}

export interface WrittenPdf extends PdfFacts {
  edition: PrintEdition;
  passes: number;
  tocPages: Map<string, number>;
  milliseconds: number;
}

const defaultEffects: PdfEffects = { log: (line) => console.log(line), writeFile: writeFileAtomically };

/**
 * `dist/pdf/<publication>.pdf` for every print edition of a built site: serves the site on
 * 127.0.0.1, prints each edition with Chromium, then writes each PDF's size into the pages
 * that link to it. Every edition is tried; if any failed, throws once, naming each.
 */
export async function renderPdfEditions(siteDir: string, overrides: Partial<PdfEffects> = {}): Promise<WrittenPdf[]> {
  const effects = { ...defaultEffects, ...overrides };
  const editions = discoverPrintEditions(siteDir);
  if (editions.length === 0) {
    effects.log(`No print editions in ${siteDir}: no PDFs to make.`);
    return [];
  }
  const { written, failures } = await renderAll(siteDir, editions, effects);
  for (const fileName of fillPdfLinks(siteDir, written)) effects.log(`${fileName}  warning  no page links to it (PdfEditionLink.astro)`);
  if (failures.length > 0) throw new PdfEditionsFailed(failures, editions.length);
  return written;
}

async function renderAll(siteDir: string, editions: readonly PrintEdition[], effects: PdfEffects) {
  const server = await serveSite(siteDir);
  const browser = await launchBrowser(effects.chromiumPath).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const written: WrittenPdf[] = [];
  const failures: PdfEditionFailed[] = [];
  try {
    const guard = await guardRequests(browser.context, server.origin);
    for (const edition of editions) {
      try {
        written.push(await writeEdition({ siteDir, edition, context: browser.context, origin: server.origin, guard, effects }));
      } catch (error) {
        failures.push(new PdfEditionFailed(edition, error));
        effects.log(`${edition.fileName}  failed  ${(error as Error).message}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { written, failures };
}

interface EditionJob {
  siteDir: string;
  edition: PrintEdition;
  context: BrowserContext;
  origin: string;
  guard: RequestGuard;
  effects: PdfEffects;
}

async function writeEdition({ siteDir, edition, context, origin, guard, effects }: EditionJob): Promise<WrittenPdf> {
  const started = performance.now();
  guard.takeBlocked();
  const rendered = await renderEdition(context, origin, edition, effects.log);
  const blocked = guard.takeBlocked();
  if (blocked.length > 0) throw new ForeignRequest(blocked);
  if (rendered.unmatchedBookmarks > 0) effects.log(`${edition.fileName}  warning  ${rendered.unmatchedBookmarks} bookmark(s) kept Chromium's title: no heading matched`);
  await effects.writeFile(join(siteDir, PDF_FOLDER, edition.fileName), rendered.pdf);
  const milliseconds = performance.now() - started;
  const facts = { fileName: edition.fileName, bytes: rendered.pdf.byteLength, pageCount: rendered.pageCount };
  effects.log(`${edition.fileName}  written  ${countOf(facts.pageCount, 'page')}, ${formatFileSize(facts.bytes)}, ${countOf(rendered.passes, 'pass', 'passes')}, ${formatSeconds(milliseconds)}`);
  return { ...facts, edition, passes: rendered.passes, tocPages: rendered.tocPages, milliseconds };
}

export class ForeignRequest extends Error {
  constructor(urls: readonly string[]) {
    super(`The print edition requested ${urls.join(', ')}, which is not the local site; the request was blocked. A PDF must not depend on the network: ship the file with the site or drop the reference.`);
    this.name = 'ForeignRequest';
  }
}

export class PdfEditionFailed extends Error {
  constructor(edition: PrintEdition, cause: unknown) {
    super(`${edition.fileName} (from ${edition.route}) was not written: ${(cause as Error).message ?? String(cause)}`, { cause });
    this.name = 'PdfEditionFailed';
  }
}

export class PdfEditionsFailed extends Error {
  constructor(failures: readonly PdfEditionFailed[], total: number) {
    super(`${failures.length} of ${total} PDF editions failed; no partial file was left behind.\n${failures.map((failure) => `  ${failure.message}`).join('\n')}`);
    this.name = 'PdfEditionsFailed';
  }
}
