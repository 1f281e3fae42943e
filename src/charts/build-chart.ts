import { createHash } from 'node:crypto';
import { openDiskCache, type DiskCache, type DiskCacheOptions } from '../build-cache/disk-cache.ts';
import { sourceVersion } from '../build-cache/source-version.ts';
import type { BuiltChart, ChartDefinition } from './chart-definition.ts';
import { styleSvg } from './style-svg.ts';

/**
 * Charts drawn so far in this process, by their definition: a page build asks for the same
 * chart from several pages (a report chapter and its print edition), and drawing is the
 * slow part. Capped so a long `astro dev` session cannot grow it without bound.
 */
const drawn = new Map<string, Promise<BuiltChart>>();
const MAX_DRAWN = 500;

/**
 * Charts drawn by earlier builds (src/build-cache/), once the site turns it on: a definition
 * holds its data's values, so the same definition and the same chart code draw the same SVG.
 */
let kept: DiskCache | undefined;

/**
 * Keeps drawn charts in the cache folder from now on (the site's build does; tests do not).
 * `root` is the project's; `options.writeAtOnce` for the thread that draws them ahead (disk-cache.ts).
 */
export function keepChartsBetweenBuilds(root: string, cacheDir: string, options?: DiskCacheOptions): void {
  kept ??= openDiskCache(cacheDir, 'charts', sourceVersion(['src/charts/**/*.ts'], root), options);
}

/** Draws a chart once per build: the same definition gives the same (memoised) promise. */
export function buildChart(definition: ChartDefinition): Promise<BuiltChart> {
  const key = JSON.stringify(definition);
  let chart = drawn.get(key);
  if (!chart) {
    if (drawn.size >= MAX_DRAWN) drawn.delete(drawn.keys().next().value!);
    chart = drawOrRecall(definition, key);
    drawn.set(key, chart);
    chart.catch(() => drawn.delete(key));
  }
  return chart;
}

async function drawOrRecall(definition: ChartDefinition, key: string): Promise<BuiltChart> {
  const svg = kept?.get(key);
  if (svg !== undefined) return { ...definition, id: chartIdOf(key), svg };
  const chart = await drawChart(definition, chartIdOf(key));
  kept?.set(key, chart.svg);
  return chart;
}

/** `chart-` and 10 hex digits of the definition's hash: stable across builds, unique per chart. */
export function chartIdOf(key: string): string {
  return `chart-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/** Draws a chart without the memo: for the benchmark, which times the drawing itself. */
export async function drawChart(definition: ChartDefinition, id = chartIdOf(JSON.stringify(definition))): Promise<BuiltChart> {
  // Loaded on the first chart drawn: Vega and Vega-Lite take 0.3 s to load, and a warm build
  // whose charts all come from the cache draws none.
  const { compileChart, renderSvg } = await import('./render-svg.ts');
  const raw = await renderSvg(compileChart(definition.spec));
  const svg = styleSvg(raw, { idPrefix: id, labelledBy: [`${id}-title`, `${id}-desc`] });
  return { ...definition, id, svg };
}
