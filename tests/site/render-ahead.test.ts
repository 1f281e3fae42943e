import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChart, chartIdOf, keepChartsBetweenBuilds } from '../../src/charts/build-chart.ts';
import { listStandardCharts } from '../../src/charts/standard-charts.ts';
import { prepareTextsAhead } from '../../src/markdown/render-ahead.ts';
import { listSiteTexts } from '../../src/site/chapters.ts';
import { checkProject } from '../../src/validation/check-project.ts';
import { buildSite } from './build-site.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * `npm run build`'s check thread draws every standard chart and renders every text ahead
 * (src/validation/check-worker.ts, src/markdown/render-ahead.ts) from the checker's reading of
 * the content. That only saves the pages work if it makes exactly what they ask for, under the
 * same cache keys: the same chart definitions; the same Markdown (as Astro keeps it), file and
 * figures. A build given only those must find every one of them in the cache, and show every
 * chart drawn ahead somewhere.
 */
describe('charts and texts made ahead', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapporteur-ahead-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('are the charts and texts the pages show, under the keys they look for', { timeout: 240_000 }, async () => {
    const { content, errorCount } = checkProject(ROOT);
    expect(errorCount).toBe(0);
    const cacheDir = join(work, 'cache');
    const ourCache = join(cacheDir, 'rapporteur');

    const charts = listStandardCharts(content.data);
    keepChartsBetweenBuilds(ROOT, ourCache, { writeAtOnce: true });
    for (const { definition } of charts) await buildChart(definition);
    const rendered = await prepareTextsAhead(content.data, { root: ROOT, cacheDir: ourCache })(listSiteTexts);
    const { waitForCacheWrites } = await import('../../src/build-cache/disk-cache.ts');
    await waitForCacheWrites();
    const kept = (kind: 'charts' | 'markdown') => readdirSync(join(ourCache, kind)).filter((name) => !name.endsWith('.tmp')).length;
    const chartsAhead = kept('charts');
    const textsAhead = kept('markdown');
    expect(chartsAhead).toBe(charts.length);
    // Every narrative, chapter and article of the shipped content, and the narratives' openings.
    expect(textsAhead).toBeGreaterThan(content.data.activities.filter((entry) => entry.body.trim() !== '').length + content.data.reportChapters.length);
    expect(rendered).toBe(textsAhead);

    const dist = join(work, 'dist');
    buildSite(dist, cacheDir, { RAPPORTEUR_PDF: 'off' });
    // The pages drew and rendered nothing the cache lacked (texts with charts are never kept, either way).
    expect(kept('charts')).toBe(chartsAhead);
    expect(kept('markdown')).toBe(textsAhead);
    // And nothing was drawn ahead in vain: each chart is on some page.
    const onPages = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.html')) for (const [, id] of readFileSync(path, 'utf8').matchAll(/<figure class="chart" id="(chart-[0-9a-f]{10})"/g)) onPages.add(id!);
      }
    };
    walk(dist);
    const missing = charts.filter(({ definition }) => !onPages.has(chartIdOf(JSON.stringify(definition)))).map(({ name }) => name);
    expect(missing).toEqual([]);
  });
});
