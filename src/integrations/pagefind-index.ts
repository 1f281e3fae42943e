import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { keepFolder, restoreKeptFolder } from '../build-cache/kept-folder.ts';
import { sourceVersion } from '../build-cache/source-version.ts';
import { readBuildCacheLocation } from './build-cache.ts';
import { setBuiltPageCollector } from './built-pages.ts';
import { listSitePageFiles, prepareForIndex, type SitePage } from './pagefind-pages.ts';

/** Where the index and Pagefind's UI files go, under the site: served as /pagefind/. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** What an indexing run did, for the build log (and the README's figures). */
export interface SearchIndexReport {
  /** Pages in the index: those with `data-pagefind-body` (not print editions, 404, /search/). */
  pages: number;
  /** HTML files Pagefind read. */
  htmlFiles: number;
  files: number;
  bytes: number;
  milliseconds: number;
}

/**
 * Writes the Pagefind search index of the built site at the end of `astro build`, into the
 * build's own output folder (`dir`: npm run build swaps that folder into dist/ afterwards).
 * Pagefind reads each page's `<main data-pagefind-body>` and the filters and metadata that
 * src/components/SearchFacets.astro writes; any error fails the build rather than publishing
 * a site whose search is missing or stale.
 *
 * Pages go to Pagefind as Astro renders them (src/middleware.ts), so the index is built on
 * another core meanwhile; at the end, any HTML file that was not handed over is read from disk,
 * and the index is written.
 */
export function pagefindIndex(): AstroIntegration {
  let session: Promise<SearchIndexSession> | undefined;
  return {
    name: 'rapporteur:pagefind-index',
    hooks: {
      'astro:build:start': () => {
        session = startSearchIndex();
        // A failure to start is reported at the end, where the build waits for the index.
        session.catch(() => {});
        setBuiltPageCollector((url, html) => void session!.then((s) => s.add({ url, content: html })).catch(() => {}));
      },
      'astro:build:done': async ({ dir, logger }) => {
        setBuiltPageCollector(undefined);
        const report = await (await (session ?? startSearchIndex())).finish(fileURLToPath(dir));
        session = undefined;
        logger.info(`${report.pages} of ${report.htmlFiles} HTML pages indexed (${report.restored ? 'the same pages as the last build: its index copied' : `${report.handedOver} as they were rendered`}): ${report.files} files, ${formatKilobytes(report.bytes)} in /${SEARCH_INDEX_FOLDER}/, ${(report.milliseconds / 1000).toFixed(1)} s after the last page`);
      },
    },
  };
}

/** An index being built: pages go in as they come; `finish` adds the rest from disk and writes it. */
export interface SearchIndexSession {
  /** `page.content` as built; pages Pagefind would not index are not sent. */
  add(page: SitePage): void;
  finish(siteDir: string): Promise<SearchIndexReport & { handedOver: number; restored: boolean }>;
}

export async function startSearchIndex(): Promise<SearchIndexSession> {
  // Charts' SVG text is axis ticks and labels; each chart's table holds the same figures as text.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg'] });
  if (!index) {
    await pagefind.close();
    throw new SearchIndexFailed(errors);
  }
  /**
   * Each page's HTML as built (a hash of it), by address: the index is made from exactly these.
   * The HTML, not the text prepared for Pagefind, so that pages read back from disk need only
   * be hashed to know whether the last build's index still fits; prepared only if it does not.
   */
  const inputs = new Map<string, string>();
  const failures: string[] = [];
  const adding: Promise<void>[] = [];
  const send = (url: string, html: string) => {
    const content = prepareForIndex(html);
    if (content === undefined) return;
    adding.push(index.addHTMLFile({ url, content }).then((response) => void failures.push(...response.errors.map((error) => `${url}: ${error}`))));
  };
  return {
    add(page) {
      if (inputs.has(page.url)) return;
      inputs.set(page.url, hashOf(page.content));
      send(page.url, page.content);
    },
    async finish(siteDir) {
      const started = performance.now();
      try {
        const handedOver = inputs.size;
        const files = listSitePageFiles(siteDir);
        // Pages Astro copied from its cache rather than rendered: read back, a few at a time.
        const fromDisk = await readPages(siteDir, files.filter(({ url }) => !inputs.has(url)));
        for (const page of fromDisk) inputs.set(page.url, hashOf(page.bytes));
        const outputPath = join(siteDir, SEARCH_INDEX_FOLDER);
        // The same pages as the last build's (a warm build with nothing changed): its index, copied.
        const cache = readBuildCacheLocation();
        const digest = cache && digestOf(inputs, cache.root);
        const restored = cache !== undefined && digest !== undefined && restoreKeptFolder(cache.cacheDir, KEPT_INDEX, digest, outputPath);
        if (!restored) {
          for (const page of fromDisk) send(page.url, page.bytes.toString('utf8'));
          await Promise.all(adding);
          if (failures.length > 0) throw new SearchIndexFailed(failures);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new SearchIndexFailed(written.errors);
          if (cache && digest) keepFolder(cache.cacheDir, KEPT_INDEX, digest, outputPath);
        }
        return { pages: countIndexedPages(outputPath), htmlFiles: files.length, handedOver, restored, ...measureFolder(outputPath), milliseconds: performance.now() - started };
      } finally {
        // Pagefind runs as a child process; leaving it running would keep the build from exiting.
        await pagefind.close();
      }
    },
  };
}

function hashOf(html: string | Buffer): string {
  return createHash('sha256').update(html).digest('base64url');
}

/** Files read at once: enough to keep libuv's four threads busy. */
const READ_AT_ONCE = 16;

async function readPages(siteDir: string, files: readonly { file: string; url: string }[]): Promise<{ url: string; bytes: Buffer }[]> {
  const pages: { url: string; bytes: Buffer }[] = new Array(files.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < files.length; i = next++) pages[i] = { url: files[i]!.url, bytes: await readFile(join(siteDir, files[i]!.file)) };
  };
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, files.length) }, reader));
  return pages;
}

/** Where the last build's index is kept, in the build cache. */
const KEPT_INDEX = 'search-index';

/** Everything the index is made from: each page's HTML as built, and the code and packages that index it. */
function digestOf(inputs: ReadonlyMap<string, string>, root: string): string {
  const hash = createHash('sha256').update(sourceVersion(['src/integrations/pagefind-*.ts'], root));
  for (const url of [...inputs.keys()].sort()) hash.update(url).update('\0').update(inputs.get(url)!).update('\0');
  return hash.digest('base64url');
}

/** Pages the written index holds, summed over its languages: those with `data-pagefind-body`. */
function countIndexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

/** Files and bytes under a folder, all levels down. */
export function measureFolder(dir: string): { files: number; bytes: number } {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (total, entry) => {
      const path = join(dir, entry.name);
      const inner = entry.isDirectory() ? measureFolder(path) : { files: 1, bytes: statSync(path).size };
      return { files: total.files + inner.files, bytes: total.bytes + inner.bytes };
    },
    { files: 0, bytes: 0 },
  );
}

function formatKilobytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

export class SearchIndexFailed extends Error {
  constructor(errors: readonly string[]) {
    super(`Pagefind could not build the search index: ${errors.join('; ') || 'no reason given'}. The site was not published; fix the pages it names, or report the message if it names none.`);
    this.name = 'SearchIndexFailed';
  }
}
