import type { TopLevelSpec } from 'vega-lite';
import type { SiteData } from '../../model/site-data.ts';
import { computePercent } from '../../model/percent.ts';
import type { ChartDefinition, ChartTable } from '../chart-definition.ts';
import type { DatasetField, DatasetRow } from '../datasets/dataset.ts';
import { resolveDataset } from '../datasets/registry.ts';
import { BAR, SOFT } from '../theme.ts';
import { addWrappedLabels, stepForLabels, VALUE_AXIS, wrappedCategoryAxis } from './bar-specs.ts';
import { describeSurveyWorkshops, numberWorkshops } from './survey-workshops.ts';
import { sumField, tabulateRows } from './chart-table.ts';

const VALUE_TITLE = 'Participating administrations (outlined) and replies (filled)';

/**
 * Table 1 of a good practice report as a chart: per surveyed workshop, an outlined bar for the
 * participating administrations with a filled bar for the replies inside it, labelled
 * "4 of 5 replied (80%)" so the reading needs no colour.
 */
export function defineSurveyRepliesChart(data: SiteData, round: number): ChartDefinition | undefined {
  const dataset = resolveDataset(data, `surveys/${round}/replies`);
  if (!dataset || dataset.rows.length === 0) return undefined;
  const { rows, definition } = dataset;
  return {
    title: `Replies to the Survey ${round} per workshop`,
    description: `Bar chart of the administrations that took part in each workshop surveyed in ${round} and of the replies received: ${describeSurveyWorkshops(rows, (row) => `${row.replies} of ${row.administrations} replied`)}.`,
    spec: specifyRepliesBars(numberWorkshops(rows)),
    table: tabulateReplies(rows, definition.fields),
  };
}

/** Table 1: the rows, and a total whose rate is computed from the totals (as the report prints "28 (70%)"). */
function tabulateReplies(rows: readonly DatasetRow[], fields: readonly DatasetField[]): ChartTable {
  const table = tabulateRows(rows, fields, ['number', 'workshop', 'administrations', 'replies', 'rate'], ['administrations', 'replies']);
  const [total] = table.foot!;
  total![4] = computePercent(sumField(rows, 'replies'), sumField(rows, 'administrations'));
  return table;
}

function specifyRepliesBars(rows: DatasetRow[]): TopLevelSpec {
  const values = addWrappedLabels(rows, 'workshop');
  const x = (field: string) => ({ field, type: 'quantitative' as const, title: VALUE_TITLE, axis: VALUE_AXIS });
  return {
    data: { values },
    width: 260,
    height: { step: stepForLabels(values) },
    encoding: { y: wrappedCategoryAxis('Workshop') },
    layer: [
      { name: 'administrations', mark: { type: 'bar', height: 20, fill: SOFT, stroke: BAR, strokeWidth: 1 }, encoding: { x: x('administrations') } },
      { name: 'replies', mark: { type: 'bar', height: 10, fill: BAR }, encoding: { x: x('replies') } },
      {
        name: 'values',
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 },
        transform: [{ calculate: "datum.replies + ' of ' + datum.administrations + ' (' + datum.rate + '%)'", as: 'value_label' }],
        encoding: { x: x('administrations'), text: { field: 'value_label', type: 'nominal' } },
      },
    ],
  };
}
