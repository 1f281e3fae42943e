import type { TopLevelSpec } from 'vega-lite';
import type { SiteData } from '../../model/site-data.ts';
import { FOLLOW_UP_ACTIONS } from '../../model/survey-totals.ts';
import { ACTION_HEADINGS } from '../../site/survey-labels.ts';
import type { ChartDefinition, ChartTable } from '../chart-definition.ts';
import type { DatasetRow } from '../datasets/dataset.ts';
import { resolveDataset } from '../datasets/registry.ts';
import { addWrappedLabels, LABEL_FIELD, VALUE_AXIS } from './bar-specs.ts';
import { sumField } from './chart-table.ts';
import { numberWorkshops } from './survey-workshops.ts';

/**
 * Table 2 of a good practice report as small multiples: one panel per surveyed workshop, one
 * labelled bar per follow-up action. Panels need no colour key, so the chart reads the same
 * in grayscale; the shared scale keeps workshops comparable.
 */
export function defineFollowUpActionsChart(data: SiteData, round: number): ChartDefinition | undefined {
  const dataset = resolveDataset(data, `surveys/${round}/follow-up-actions`);
  if (!dataset || dataset.rows.length === 0) return undefined;
  const totals = FOLLOW_UP_ACTIONS.map((action) => `${ACTION_HEADINGS[action].toLowerCase()} ${sumField(dataset.rows.filter((row) => row.action === ACTION_HEADINGS[action]), 'count')}`);
  const workshops = new Set(dataset.rows.map((row) => row.number)).size;
  return {
    title: `Follow-up actions per workshop, Survey ${round}`,
    description: `Bar charts, one per workshop surveyed in ${round} (${workshops} in all), of the replies reporting each follow-up action. Over all workshops: ${totals.join(', ')}.`,
    spec: specifyActionPanels(numberWorkshops(dataset.rows)),
    table: tabulateActions(dataset.rows),
  };
}

function specifyActionPanels(rows: DatasetRow[]): TopLevelSpec {
  const values = addWrappedLabels(rows, 'workshop', 40);
  const panels = [...new Set(values.map((row) => String(row[LABEL_FIELD])))];
  return {
    data: { values },
    facet: {
      row: {
        field: LABEL_FIELD,
        type: 'nominal',
        sort: panels,
        title: null,
        header: { labelExpr: "split(datum.label, '\\n')", labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top', labelFontWeight: 'bold', labelLimit: 0, labelLineHeight: 15 },
      },
    },
    spacing: 16,
    spec: {
      width: 260,
      height: { step: 20 },
      encoding: {
        y: { field: 'action', type: 'nominal', title: null, sort: null, axis: { labelLimit: 0 } },
        x: { field: 'count', type: 'quantitative', title: 'Replies reporting the action', axis: VALUE_AXIS },
      },
      layer: [
        { name: 'bars', mark: { type: 'bar', height: 14 } },
        { name: 'values', mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 }, encoding: { text: { field: 'count', type: 'quantitative' } } },
      ],
    },
  };
}

/** Laid out like Table 2: a row per workshop, a column per action, and the totals. */
function tabulateActions(rows: readonly DatasetRow[]): ChartTable {
  const numbers = [...new Set(rows.map((row) => Number(row.number)))];
  const headings = FOLLOW_UP_ACTIONS.map((action) => ACTION_HEADINGS[action]);
  const countOf = (subset: readonly DatasetRow[], heading: string) => sumField(subset.filter((row) => row.action === heading), 'count');
  return {
    head: ['No.', 'Workshop', ...headings],
    numeric: [false, false, ...headings.map(() => true)],
    rows: numbers.map((n) => {
      const subset = rows.filter((row) => row.number === n);
      return [`(${n})`, String(subset[0]!.workshop), ...headings.map((heading) => countOf(subset, heading))];
    }),
    foot: [['Total', '', ...headings.map((heading) => countOf(rows, heading))]],
  };
}
