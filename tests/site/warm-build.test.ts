import { globSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from './build-site.ts';


/** A page without its PDF link, which only a build that makes PDFs has. */
function withoutPdfLink(html: string): string {
  return html.replace(/ · <a href="\/pdf\/[^"]+"[^>]*>PDF edition<\/a> <span data-pdf-size="[^"]*"[^>]*>[^<]*<\/span>/g, '');
}

/**
 * The cache between builds (src/build-cache/) must never change what is built: a build that
 * reads rendered Markdown and drawn charts back from the first build's cache writes the same
 * pages as that first, cold build.
 */
describe('a warm build', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapporteur-warm-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reads the first build’s cache and writes the same pages', { timeout: 240_000 }, () => {
    // The suite's own build and its cache; a build of its own when the suite tests an existing site.
    let siteDir = inject('siteDir');
    let cacheDir = inject('cacheDir');
    if (!cacheDir) {
      siteDir = join(work, 'cold');
      cacheDir = join(work, 'cache');
      buildSite(siteDir, cacheDir, { RAPPORTEUR_PDF: 'off' });
    }
    const kept = (name: string) => readdirSync(join(cacheDir, 'rapporteur', name)).length;
    const before = { markdown: kept('markdown'), charts: kept('charts') };
    expect(before.markdown).toBeGreaterThan(100);
    expect(before.charts).toBeGreaterThan(10);

    const warmDir = join(work, 'dist');
    buildSite(warmDir, cacheDir, { RAPPORTEUR_PDF: 'off' });
    // Nothing changed, so nothing new was rendered or drawn.
    expect({ markdown: kept('markdown'), charts: kept('charts') }).toEqual(before);

    const pages = globSync('**/*.{html,xml}', { cwd: siteDir }).sort();
    expect(globSync('**/*.{html,xml}', { cwd: warmDir }).sort()).toEqual(pages);
    const differing = pages.filter((page) => withoutPdfLink(readFileSync(join(warmDir, page), 'utf8')) !== withoutPdfLink(readFileSync(join(siteDir, page), 'utf8')));
    expect(differing).toEqual([]);
  });
});
