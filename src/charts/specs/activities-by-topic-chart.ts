import { formatFiscalYear } from '../../model/calendar.ts';
import type { SiteData } from '../../model/site-data.ts';
import type { ChartDefinition } from '../chart-definition.ts';
import { resolveDataset } from '../datasets/registry.ts';
import { horizontalBarSpec } from './bar-specs.ts';
import { describeCounts } from './describe-counts.ts';
import { tabulateRows } from './chart-table.ts';

/** Activities of one fiscal year per topic, in the order the annual report lists its topics. */
export function defineActivitiesByTopicChart(data: SiteData, fy: string): ChartDefinition | undefined {
  const dataset = resolveDataset(data, `activities/${fy}/by-topic`);
  if (!dataset || dataset.rows.length === 0) return undefined;
  const { rows, definition } = dataset;
  return {
    title: `Activities per topic, ${formatFiscalYear(fy)}`,
    description: `Bar chart of the activities of fiscal year ${formatFiscalYear(fy)} per topic: ${describeCounts(rows, 'topic', 'count')}.`,
    spec: horizontalBarSpec({ rows, category: { field: 'topic', title: 'Topic' }, value: { field: 'count', title: 'Activities' } }),
    table: tabulateRows(rows, definition.fields, ['topic', 'count'], ['count']),
  };
}
