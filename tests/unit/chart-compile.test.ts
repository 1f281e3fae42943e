import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { compileChart } from '../../src/charts/render-svg.ts';
import { listStandardCharts } from '../../src/charts/standard-charts.ts';
import { createChartConfig } from '../../src/charts/theme.ts';
import { shippedContent } from './model-content.ts';

/** What Vega-Lite itself makes of a spec with the chart theme: the reference for compileChart's reuse. */
const compileDirectly = (spec: TopLevelSpec) => compile(spec, { config: createChartConfig() }).spec;

/**
 * compileChart compiles each shape of spec once and puts each chart's own data into a copy
 * (src/charts/render-svg.ts). Whatever was compiled before, a chart must get exactly the
 * Vega spec Vega-Lite would have made of it.
 */
describe('compiling a chart', () => {
  const charts = listStandardCharts(shippedContent()).map((chart) => chart.definition.spec);

  it('gives every standard chart of the shipped content what Vega-Lite gives it, though they share shapes', () => {
    const shapes = new Set(charts.map((spec) => JSON.stringify(spec, (key, value: unknown) => (key === 'values' ? 0 : value))));
    expect(shapes.size).toBeLessThan(charts.length);
    for (const spec of charts) expect(compileChart(spec)).toEqual(compileDirectly(spec));
  });

  it('puts a chart’s own data in place of the first chart’s of that shape', () => {
    const first = charts[0]!;
    const second = structuredClone(first);
    const values = (second.data as { values: Record<string, unknown>[] }).values;
    for (const row of values) for (const key of Object.keys(row)) if (typeof row[key] === 'number') row[key] = (row[key] as number) + 1000;
    compileChart(first);
    const compiled = compileChart(second);
    expect(compiled).toEqual(compileDirectly(second));
    expect(compiled).not.toEqual(compileDirectly(first));
  });
});
