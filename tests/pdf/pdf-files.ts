import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { inject } from 'vitest';

/**
 * Reading the PDF editions the global setup's build made (tests/site/build-site.ts), with
 * poppler-utils (pdfinfo, pdftotext, pdffonts, pdfimages) and, for what poppler does not
 * show (bookmarks, links), pdf.js.
 */

/** The four publications the shipped content has, as the issue names their files. */
export const PUBLICATIONS = [
  { file: 'annual-report-2018-19.pdf', print: '/reports/2018-19/print/', web: '/reports/2018-19/' },
  { file: 'newsletter-059.pdf', print: '/newsletters/59/print/', web: '/newsletters/59/' },
  { file: 'survey-2018.pdf', print: '/surveys/2018/print/', web: '/surveys/2018/' },
  { file: 'survey-2020.pdf', print: '/surveys/2020/print/', web: '/surveys/2020/' },
] as const;

export type PublicationFile = (typeof PUBLICATIONS)[number]['file'];

export function pdfPath(file: string): string {
  return join(inject('siteDir'), 'pdf', file);
}

function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** `pdfinfo` as a record: `Title`, `Author`, `Pages`, `Tagged`, `Page size`, … */
export function readPdfInfo(file: string): Record<string, string> {
  const entries = run('pdfinfo', [pdfPath(file)])
    .split('\n')
    .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => [match[1]!, match[2]!.trim()]);
  return Object.fromEntries(entries);
}

export function readPageCount(file: string): number {
  return Number(readPdfInfo(file).Pages);
}

const pageTexts = new Map<string, string[]>();

/**
 * The text of pages `first`..`last` (all pages without them) in content-stream order
 * (`pdftotext -raw`, one run per file), lines joined: a hyphen at a line's end is kept and
 * joined to the next word, other line breaks become spaces.
 */
export function readText(file: string, first?: number, last = first): string {
  if (!pageTexts.has(file)) pageTexts.set(file, run('pdftotext', ['-raw', pdfPath(file), '-']).split('\f').map(normaliseText));
  const pages = pageTexts.get(file)!;
  return first === undefined ? pages.join(' ') : pages.slice(first - 1, last).join(' ');
}

/** Each page's text, as readText gives it. */
export function readPages(file: string): string[] {
  readText(file, 1);
  return pageTexts.get(file)!;
}

export function normaliseText(text: string): string {
  return text.replace(/-\n/g, '-').replace(/\s+/g, ' ').trim();
}

/** `pdffonts` rows: font name and whether it is embedded. */
export function readFonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [pdfPath(file)])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: emb is the fifth column from the end.
      return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
    });
}

/** How many raster images `pdfimages -list` finds. */
export function countRasterImages(file: string): number {
  return run('pdfimages', ['-list', pdfPath(file)]).split('\n').slice(2).filter((line) => line.trim()).length;
}

export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

async function openPdf(file: string) {
  return getDocument({ data: new Uint8Array(readFileSync(pdfPath(file))), verbosity: 0 }).promise;
}

/** Reading every page's annotations takes seconds: once per file and test file is enough. */
function once<T>(read: (file: string) => Promise<T>): (file: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (file) => {
    if (!cache.has(file)) cache.set(file, read(file));
    return cache.get(file)!;
  };
}

/** The PDF's bookmarks (outline) with the page each one opens. */
export const readBookmarks = once(async (file: string): Promise<Bookmark[]> => {
  const document = await openPdf(file);
  type Item = Awaited<ReturnType<typeof document.getOutline>>[number];
  const toBookmark = async (item: Item): Promise<Bookmark> => {
    const destination = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
    const page = destination ? (await document.getPageIndex(destination[0])) + 1 : 0;
    return { title: item.title, page, children: await Promise.all(item.items.map(toBookmark)) };
  };
  return Promise.all(((await document.getOutline()) ?? []).map(toBookmark));
});

/** Every link annotation: `url` for a link out of the document, `page` for one within it. */
export const readLinks = once(async (file: string): Promise<{ url?: string; page?: number }[]> => {
  const document = await openPdf(file);
  const links: { url?: string; page?: number }[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    for (const annotation of await (await document.getPage(number)).getAnnotations()) {
      if (annotation.subtype !== 'Link') continue;
      if (annotation.url) links.push({ url: annotation.url });
      else if (annotation.dest) {
        const destination = typeof annotation.dest === 'string' ? await document.getDestination(annotation.dest) : annotation.dest;
        links.push({ page: destination ? (await document.getPageIndex(destination[0])) + 1 : 0 });
      }
    }
  }
  return links;
});

/** The document catalogue's language (`/Lang`), which pdfinfo does not print. */
export async function readLanguage(file: string): Promise<string | undefined> {
  const { info } = await (await openPdf(file)).getMetadata();
  return (info as { Language?: string }).Language;
}
