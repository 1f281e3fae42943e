import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { listStandardCharts } from '../../src/charts/standard-charts.ts';
import { shippedContent } from './model-content.ts';

const definition = listStandardCharts(shippedContent()).find((chart) => chart.name.startsWith('participation/'))!.definition;

/** build-chart.ts as a new build process loads it: an empty memo. */
async function freshBuildChart() {
  vi.resetModules();
  return import('../../src/charts/build-chart.ts');
}

describe('charts kept between builds', () => {
  it('draws a chart once, and a later build reads it back instead of drawing it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chart-cache-'));
    const first = await freshBuildChart();
    first.keepChartsBetweenBuilds(root, join(root, 'cache'));
    const drawn = await first.buildChart(definition);
    expect(drawn.svg).toBe((await first.drawChart(definition)).svg);
    // The cache module of the same module graph as the build-chart.ts just loaded.
    await (await import('../../src/build-cache/disk-cache.ts')).waitForCacheWrites();
    const entries = readdirSync(join(root, 'cache', 'charts'));
    expect(entries).toHaveLength(1);

    // Mark the kept entry: the next build must serve exactly what is kept, without drawing.
    writeFileSync(join(root, 'cache', 'charts', entries[0]!), '<svg>kept</svg>');
    const later = await freshBuildChart();
    later.keepChartsBetweenBuilds(root, join(root, 'cache'));
    const recalled = await later.buildChart(structuredClone(definition));
    expect(recalled.svg).toBe('<svg>kept</svg>');
    expect(recalled.id).toBe(drawn.id);
  });
});
