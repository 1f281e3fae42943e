import { formatFiscalYear } from '../../model/calendar.ts';
import type { SiteData } from '../../model/site-data.ts';
import type { ChartDefinition } from '../chart-definition.ts';
import { resolveDataset } from '../datasets/registry.ts';
import { horizontalBarSpec } from './bar-specs.ts';
import { describeCounts } from './describe-counts.ts';
import { tabulateRows } from './chart-table.ts';

/** Activities of one fiscal year per kind: workshops of each kind, missions, meetings, … */
export function defineActivitiesByKindChart(data: SiteData, fy: string): ChartDefinition | undefined {
  const dataset = resolveDataset(data, `activities/${fy}/by-kind`);
  if (!dataset || dataset.rows.length === 0) return undefined;
  const { rows, definition } = dataset;
  return {
    title: `Activities per kind, ${formatFiscalYear(fy)}`,
    description: `Bar chart of the activities of fiscal year ${formatFiscalYear(fy)} per kind: ${describeCounts(rows, 'kind', 'count')}.`,
    spec: horizontalBarSpec({ rows, category: { field: 'kind', title: 'Kind of activity' }, value: { field: 'count', title: 'Activities' } }),
    table: tabulateRows(rows, definition.fields, ['kind', 'count'], ['count']),
  };
}
