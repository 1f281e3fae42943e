import { formatFiscalYear } from '../../model/calendar.ts';
import type { SiteData } from '../../model/site-data.ts';
import type { ChartDefinition } from '../chart-definition.ts';
import { resolveDataset } from '../datasets/registry.ts';
import { horizontalBarSpec } from './bar-specs.ts';
import { describeCounts } from './describe-counts.ts';
import { tabulateRows } from './chart-table.ts';

/** Accredited experts mobilised in one fiscal year, per home administration, most first (after Diagram 2). */
export function defineExpertsByHomeChart(data: SiteData, fy: string): ChartDefinition | undefined {
  const dataset = resolveDataset(data, `experts/${fy}/by-home`);
  if (!dataset || dataset.rows.length === 0) return undefined;
  const { rows, definition } = dataset;
  return {
    title: `Accredited experts mobilised per home administration, ${formatFiscalYear(fy)}`,
    description: `Bar chart of the WCO accredited experts mobilised in fiscal year ${formatFiscalYear(fy)}, by the administration they came from: ${describeCounts(rows, 'home', 'experts')}.`,
    spec: horizontalBarSpec({ rows, category: { field: 'home', title: 'Home administration' }, value: { field: 'experts', title: 'Accredited experts' } }),
    table: tabulateRows(rows, definition.fields, ['home', 'experts', 'activities'], ['experts']),
  };
}
