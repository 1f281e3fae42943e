import type { SiteData } from '../../model/site-data.ts';
import { findMember } from '../../site/labels.ts';
import type { ChartDefinition } from '../chart-definition.ts';
import { resolveDataset } from '../datasets/registry.ts';
import { columnSpec } from './bar-specs.ts';
import { describeCounts } from './describe-counts.ts';
import { tabulateRows } from './chart-table.ts';

/** For a member's page: the activities it hosted, took part in or benefited from, per fiscal year. */
export function defineMemberActivitiesChart(data: SiteData, code: string): ChartDefinition | undefined {
  const dataset = resolveDataset(data, `members/${code}/activities`);
  const name = findMember(data, code)?.name;
  if (!dataset || !name || dataset.rows.every((row) => row.activities === 0)) return undefined;
  const { rows, definition } = dataset;
  return {
    title: `Activities with ${name} per fiscal year`,
    description: `Column chart of the activities that ${name} hosted, took part in or benefited from, per fiscal year: ${describeCounts(rows, 'fy', 'activities')}.`,
    spec: columnSpec({ rows, category: { field: 'fy', title: 'Fiscal year' }, value: { field: 'activities', title: 'Activities' } }),
    table: tabulateRows(rows, definition.fields, ['fy', 'activities', 'hosted'], ['activities', 'hosted']),
  };
}
