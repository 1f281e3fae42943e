import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTextsAhead } from '../../src/markdown/render-ahead.ts';
import { checkProject } from '../../src/validation/check-project.ts';
import { buildSite } from './build-site.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * `npm run build`'s check thread renders every text ahead (src/markdown/render-ahead.ts) from
 * the checker's reading of the content. That only saves the pages work if it renders exactly
 * what they ask for, under the same cache keys: the same Markdown (as Astro keeps it), file
 * and figures. A build given only those texts must find every one of them in the cache.
 */
describe('texts rendered ahead', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapporteur-ahead-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('are the texts the pages render, under the keys they look for', { timeout: 240_000 }, async () => {
    const { content, errorCount } = checkProject(ROOT);
    expect(errorCount).toBe(0);
    const cacheDir = join(work, 'cache');
    const rendered = await renderTextsAhead(content.data, { root: ROOT, cacheDir: join(cacheDir, 'rapporteur') });
    const { waitForCacheWrites } = await import('../../src/build-cache/disk-cache.ts');
    await waitForCacheWrites();
    const kept = () => readdirSync(join(cacheDir, 'rapporteur', 'markdown')).length;
    const ahead = kept();
    // Every narrative, chapter and article of the shipped content, and the narratives' openings.
    expect(ahead).toBeGreaterThan(content.data.activities.filter((entry) => entry.body.trim() !== '').length + content.data.reportChapters.length);
    expect(rendered).toBe(ahead);

    buildSite(join(work, 'dist'), cacheDir, { RAPPORTEUR_PDF: 'off' });
    // The pages rendered nothing the cache lacked (texts with charts are never kept, either way).
    expect(kept()).toBe(ahead);
  });
});
