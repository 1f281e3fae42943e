import type { SiteData } from '../../model/site-data.ts';
import type { ChartDefinition } from '../chart-definition.ts';
import { resolveDataset } from '../datasets/registry.ts';
import { columnSpec } from './bar-specs.ts';
import { describeCounts } from './describe-counts.ts';
import { tabulateRows } from './chart-table.ts';

/** The follow-up survey's overall reply rate per round, up to `upToRound`, each column labelled in percent. */
export function defineReplyRatesChart(data: SiteData, upToRound?: number): ChartDefinition | undefined {
  const dataset = resolveDataset(data, 'survey-reply-rates')!;
  const rows = dataset.rows.filter((row) => upToRound === undefined || Number(row.round) <= upToRound);
  if (rows.length === 0) return undefined;
  return {
    title: 'Reply rates of the follow-up surveys',
    description: `Column chart of the share of participating administrations that replied to each follow-up survey round: ${describeCounts(rows, 'round', 'percent', '%')}.`,
    spec: columnSpec({
      rows,
      category: { field: 'round', title: 'Survey round' },
      value: { field: 'percent', title: 'Reply rate (%)' },
      label: "datum.percent + '%'",
      domainMax: 100,
    }),
    table: tabulateRows(rows, dataset.definition.fields, ['round', 'percent', 'basis']),
  };
}
