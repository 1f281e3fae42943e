import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTimed } from './run-timed.ts';
import { serveSite } from '../serve/serve-site.ts';

/** Pagefind figures, or why there are none. */
export type SearchReport =
  | { available: false; reason: string }
  | { available: true; indexSeconds: number; indexPeakMb: number | undefined; indexKb: number; queryKb: number | undefined; queryTotalKb: number | undefined; queryNote: string };

/** A word most pages contain: the query that loads the most index. */
export const COMMON_WORD = 'customs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Detects the search integration by its output (dist/pagefind/), times Pagefind indexing the
 * built site again on its own (the build's share cannot be told apart), and measures what
 * the search page downloads for one query for a common word.
 */
export async function measureSearch(repoRoot: string, distDir: string): Promise<SearchReport> {
  const index = join(distDir, 'pagefind');
  if (!existsSync(join(index, 'pagefind.js'))) return { available: false, reason: 'no dist/pagefind/ (search integration not present)' };
  const scratch = mkdtempSync(join(tmpdir(), 'bench-pagefind-'));
  try {
    const cli = join(repoRoot, 'node_modules', '.bin', 'pagefind');
    const timing = await runTimed(cli, ['--site', distDir, '--output-path', scratch], { cwd: repoRoot });
    const query = await measureQuery(distDir).catch((error: Error) => ({ indexKb: undefined, totalKb: undefined, note: `query not measured: ${error.message.split('\n')[0]}` }));
    return { available: true, indexSeconds: timing.seconds, indexPeakMb: timing.peakMb, indexKb: folderBytes(index) / 1024, queryKb: query.indexKb, queryTotalKb: query.totalKb, queryNote: query.note };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Drives /search/ in chromium and sums the responses under /pagefind/ for one query: the
 * index part (entry, meta, index chunks, filters, fragments), which grows with the content,
 * and the total with Pagefind's own script, styles and WebAssembly, which do not.
 */
async function measureQuery(distDir: string): Promise<{ indexKb: number; totalKb: number; note: string }> {
  if (!existsSync(join(distDir, 'search', 'index.html'))) throw new Error('no /search/ page');
  const { chromium } = await import('playwright-core');
  const site = await serveSite(distDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const bytes = { index: 0, runtime: 0 };
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith('/pagefind/')) return;
      const size = (await response.body().catch(() => Buffer.alloc(0))).length;
      if (/\.(js|css|wasm)$|\.pagefind$/.test(path) && !/pagefind-entry\.json$/.test(path)) bytes.runtime += size;
      else bytes.index += size;
    });
    await page.goto(`${site.origin}/search/`, { waitUntil: 'networkidle' });
    await page.locator('input[type="search"], input[type="text"]').first().fill(COMMON_WORD);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    return { indexKb: bytes.index / 1024, totalKb: (bytes.index + bytes.runtime) / 1024, note: `query "${COMMON_WORD}" on /search/ in chromium` };
  } finally {
    await browser.close();
    await site.close();
  }
}

export function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, e) => {
    const path = join(dir, e.name);
    return total + (e.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}
