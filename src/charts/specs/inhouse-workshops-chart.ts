import type { SiteData } from '../../model/site-data.ts';
import type { ChartDefinition } from '../chart-definition.ts';
import { resolveDataset } from '../datasets/registry.ts';
import { columnSpec } from './bar-specs.ts';
import { describeCounts } from './describe-counts.ts';
import { tabulateRows } from './chart-table.ts';

/** In-house cascading workshops organised after each fiscal year's workshops (Table 3 of the Survey 2018 report). */
export function defineInhouseWorkshopsChart(data: SiteData, upToFy?: string): ChartDefinition | undefined {
  const dataset = resolveDataset(data, 'inhouse-workshops')!;
  const last = upToFy?.replace('-', '/');
  const rows = dataset.rows.filter((row) => last === undefined || String(row.fy) <= last);
  if (rows.length === 0) return undefined;
  return {
    title: 'In-house cascading workshops per fiscal year',
    description: `Column chart of the in-house cascading workshops that member administrations organised after each fiscal year’s regional workshops: ${describeCounts(rows, 'fy', 'workshops')}.`,
    spec: columnSpec({ rows, category: { field: 'fy', title: 'Fiscal year' }, value: { field: 'workshops', title: 'In-house workshops' } }),
    table: tabulateRows(rows, dataset.definition.fields, ['fy', 'workshops', 'members']),
  };
}
