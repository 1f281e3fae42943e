import type { TopLevelSpec } from 'vega-lite';
import type { SiteData } from '../../model/site-data.ts';
import type { SurveyQuestion } from '../../schemas/index.ts';
import type { ChartDefinition } from '../chart-definition.ts';
import type { DatasetRow } from '../datasets/dataset.ts';
import { resolveDataset } from '../datasets/registry.ts';
import { QUESTION_SLUGS } from '../datasets/survey-datasets.ts';
import { BAR, PAPER, SOFT } from '../theme.ts';
import { addWrappedLabels, stepForLabels, VALUE_AXIS, wrappedCategoryAxis } from './bar-specs.ts';
import { tabulateRows } from './chart-table.ts';
import { describeSurveyWorkshops, numberWorkshops } from './survey-workshops.ts';

/** What each question asks, as the chart's title says it. */
const QUESTION_TITLES: Record<SurveyQuestion, string> = {
  direct_effects: 'Direct effects realised',
  efficiency: 'Improved efficiency and effectiveness',
  new_projects: 'New modernisation projects initiated',
};

const ANSWERS = [
  { key: 'yes', label: 'Yes', fill: BAR, dash: [] },
  { key: 'no', label: 'No', fill: SOFT, dash: [] },
  { key: 'blank', label: 'No answer', fill: PAPER, dash: [3, 2] },
];

/**
 * A yes/no table of a good practice report as a chart: per surveyed workshop, one bar split
 * into yes (dark), no (pale, outlined) and blank (outline only, dashed), and at its end the
 * counts in words ("4 yes, 2 no"), so neither colour nor lightness carries the meaning alone.
 */
export function defineSurveyAnswersChart(data: SiteData, round: number, question: SurveyQuestion): ChartDefinition | undefined {
  const dataset = resolveDataset(data, `surveys/${round}/${QUESTION_SLUGS[question]}`);
  if (!dataset || dataset.rows.length === 0) return undefined;
  const { rows, definition } = dataset;
  return {
    title: `${QUESTION_TITLES[question]}: answers per workshop, Survey ${round}`,
    description: `Stacked bar chart of the yes and no answers per workshop surveyed in ${round}: ${describeSurveyWorkshops(rows, describeAnswers)}.`,
    spec: specifyAnswerBars(numberWorkshops(rows)),
    table: tabulateRows(rows, definition.fields, ['number', 'workshop', 'replies', 'yes', 'no', 'blank'], ['replies', 'yes', 'no', 'blank']),
  };
}

function describeAnswers(row: DatasetRow): string {
  return `${row.yes} yes, ${row.no} no${Number(row.blank) > 0 ? `, ${row.blank} blank` : ''}`;
}

function specifyAnswerBars(rows: DatasetRow[]): TopLevelSpec {
  const values = addWrappedLabels(rows, 'workshop');
  const labels = Object.fromEntries(ANSWERS.map((a) => [a.key, a.label]));
  return {
    data: { values },
    width: 260,
    height: { step: stepForLabels(values) },
    encoding: { y: wrappedCategoryAxis('Workshop') },
    layer: [
      {
        name: 'answers',
        transform: [
          { fold: ANSWERS.map((a) => a.key), as: ['key', 'count'] },
          { calculate: `${JSON.stringify(labels)}[datum.key]`, as: 'answer' },
          { calculate: `indexof(${JSON.stringify(ANSWERS.map((a) => a.key))}, datum.key)`, as: 'answer_order' },
        ],
        mark: { type: 'bar', height: 20, stroke: BAR, strokeWidth: 1 },
        encoding: {
          x: { field: 'count', type: 'quantitative', stack: 'zero', title: 'Replies to the question', axis: VALUE_AXIS },
          color: {
            field: 'answer',
            type: 'nominal',
            title: null,
            scale: { domain: ANSWERS.map((a) => a.label), range: ANSWERS.map((a) => a.fill) },
            legend: { orient: 'top', direction: 'horizontal', symbolType: 'square', symbolStrokeColor: BAR, symbolStrokeWidth: 1 },
          },
          strokeDash: { field: 'answer', type: 'nominal', scale: { domain: ANSWERS.map((a) => a.label), range: ANSWERS.map((a) => a.dash) } },
          order: { field: 'answer_order', type: 'quantitative' },
        },
      },
      {
        name: 'values',
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 },
        transform: [
          { calculate: "datum.yes + ' yes, ' + datum.no + ' no' + (datum.blank > 0 ? ', ' + datum.blank + ' blank' : '')", as: 'value_label' },
          // At the bar's end, which passes the replies where the source prints more answers than replies.
          { calculate: 'datum.yes + datum.no + datum.blank', as: 'bar_end' },
        ],
        encoding: { x: { field: 'bar_end', type: 'quantitative' }, text: { field: 'value_label', type: 'nominal' } },
      },
    ],
  };
}
