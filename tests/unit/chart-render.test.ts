import { describe, expect, it } from 'vitest';
import { buildChart, drawChart } from '../../src/charts/build-chart.ts';
import { renderChartHtml } from '../../src/charts/chart-html.ts';
import { listStandardCharts } from '../../src/charts/standard-charts.ts';
import { COLOUR_ROLES } from '../../src/charts/theme.ts';
import { readChart } from '../support/chart-reading.ts';
import { shippedContent } from './model-content.ts';

/** Every standard chart the shipped content has: drawn the same every time, and accessible. */
const data = shippedContent();
const all = listStandardCharts(data);
const sample = ['participation/2018-19', 'survey-actions/2020', 'survey-new-projects/2018', 'activities-by-topic/2018-19'].map((name) => all.find((c) => c.name === name)!);

describe('determinism', () => {
  it('gives byte-identical SVG for the same data, whatever was drawn before', async () => {
    for (const { definition } of sample) {
      const first = await drawChart(definition);
      await drawChart(all[all.length - 1]!.definition);
      const again = await drawChart(structuredClone(definition));
      expect(again.svg).toBe(first.svg);
      expect(again.id).toBe(first.id);
    }
  });

  it('gives every chart its own id, so two on one page never share an element id', async () => {
    const built = await Promise.all(all.map(({ definition }) => buildChart(definition)));
    expect(new Set(built.map((chart) => chart.id)).size).toBe(built.length);
    for (const chart of built) for (const [, id] of chart.svg.matchAll(/\sid="([^"]+)"/g)) expect(id!.startsWith(`${chart.id}-`)).toBe(true);
  });

  it('draws each chart once: the same definition gives the same promise', () => {
    const { definition } = sample[0]!;
    expect(buildChart(definition)).toBe(buildChart(structuredClone(definition)));
  });
});

describe('every standard chart', () => {
  it.each(all.map((c) => [c.name, c.definition] as const))('%s is a described figure with its numbers in a table', async (_name, definition) => {
    const html = renderChartHtml(await buildChart(definition));
    const chart = readChart(html);
    const figure = chart.document.querySelector('figure.chart')!;
    const svg = chart.svg;
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(chart.document.getElementById(titleId!)!.tagName.toLowerCase()).toBe('figcaption');
    expect(chart.document.getElementById(titleId!)!.textContent).toBe(definition.title);
    expect(chart.document.getElementById(descId!)!.textContent).toBe(definition.description);
    expect(figure.querySelector('details > summary')).not.toBeNull();
    expect(chart.tableRows().length).toBeGreaterThan(0);
    // No JavaScript, no colour the theme cannot restyle, no leftover sentinel.
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    for (const role of Object.values(COLOUR_ROLES)) expect(html).not.toContain(role.sentinel);
    for (const tag of svg.querySelectorAll('[fill], [stroke]')) {
      for (const paint of ['fill', 'stroke'] as const) {
        const value = tag.getAttribute(paint);
        if (value && value !== 'none' && !value.startsWith('url(')) expect(tag.getAttribute('class') ?? '', `${paint}="${value}"`).toMatch(new RegExp(`chart-${paint}-`));
      }
    }
  });
});
