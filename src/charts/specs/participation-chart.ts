import { formatFiscalYear } from '../../model/calendar.ts';
import type { SiteData } from '../../model/site-data.ts';
import { joinNames } from '../../site/labels.ts';
import type { ChartDefinition } from '../chart-definition.ts';
import { resolveDataset } from '../datasets/registry.ts';
import { columnSpec } from './bar-specs.ts';
import { tabulateRows } from './chart-table.ts';

/**
 * Diagram 1 of the annual report: participants in the regional and sub-regional workshops per
 * fiscal year, up to the report's own year, each column labelled with its total.
 */
export function defineParticipationChart(data: SiteData, upToFy?: string): ChartDefinition | undefined {
  const dataset = resolveDataset(data, 'participation')!;
  const last = upToFy === undefined ? undefined : formatFiscalYear(upToFy);
  const rows = dataset.rows.filter((row) => last === undefined || String(row.fy) <= last);
  if (rows.length === 0) return undefined;
  const years = rows.map((row) => `${row.participants} in ${row.fy} (${row.workshops} workshops, ${row.average ?? 'no'} per workshop)`);
  return {
    title: 'Participants in regional and sub-regional workshops per fiscal year',
    description: `Column chart of the participants in the office’s regional and sub-regional workshops: ${joinNames(years)}.`,
    spec: columnSpec({ rows, category: { field: 'fy', title: 'Fiscal year' }, value: { field: 'participants', title: 'Participants' } }),
    table: tabulateRows(rows, dataset.definition.fields, ['fy', 'workshops', 'participants', 'average']),
  };
}
