import type { TopLevelSpec } from 'vega-lite';
import type { DatasetRow } from '../datasets/dataset.ts';
import { wrapLabel } from '../text-width.ts';

/**
 * The two shapes most standard charts take, each bar labelled with its value so that the
 * chart reads without colour, in grayscale print and without the axis: columns over time
 * (fiscal years, survey rounds) and horizontal bars over categories (topics, kinds, homes).
 */
export interface Axis {
  field: string;
  title: string;
}

/** Field the wrapped category labels live in; its lines are joined with "\n". */
export const LABEL_FIELD = 'label_lines';
/** Characters per line of a wrapped category label. */
const LABEL_WIDTH = 30;
const BAR_STEP = 26;
const COLUMN_STEP = 64;
const LINE_HEIGHT = 14;

/** Whole-number ticks, few enough that their labels never touch. */
export const VALUE_AXIS = { tickMinStep: 1, tickCount: 5, format: 'd' };


/** Category labels broken into lines, so 80-character workshop names fit beside the bars. */
export function addWrappedLabels(rows: readonly DatasetRow[], field: string, width = LABEL_WIDTH): DatasetRow[] {
  return rows.map((row) => ({ ...row, [LABEL_FIELD]: wrapLabel(String(row[field] ?? ''), width).join('\n') }));
}

/** The height of a row of bars: enough for the longest wrapped label, at least `min`. */
export function stepForLabels(rows: readonly DatasetRow[], min = BAR_STEP): number {
  const lines = Math.max(1, ...rows.map((row) => String(row[LABEL_FIELD] ?? '').split('\n').length));
  return Math.max(min, lines * LINE_HEIGHT + 10);
}

/** The y axis of wrapped category labels, in data order, each label centred on its bar. */
export function wrappedCategoryAxis(title: string) {
  return {
    field: LABEL_FIELD,
    type: 'nominal' as const,
    title,
    sort: null,
    axis: {
      labelExpr: "split(datum.label, '\\n')",
      labelLimit: 0,
      labelLineHeight: LINE_HEIGHT,
      // Vega sets a multi-line label's first line on the tick: lift it by half the extra lines.
      labelOffset: {
        condition: [2, 3, 4, 5].map((lines) => ({ test: `length(split(datum.label, '\\n')) == ${lines}`, value: (-(lines - 1) * LINE_HEIGHT) / 2 })),
        value: 0,
      },
      titleAngle: 0,
      titleAlign: 'left' as const,
      titleAnchor: 'end' as const,
      titleY: -10,
    },
  };
}

/** Horizontal bars, one per row, in data order, each labelled with `label` (a field or a text expression) at its end. */
export function horizontalBarSpec(options: { rows: readonly DatasetRow[]; category: Axis; value: Axis; label?: string; width?: number }): TopLevelSpec {
  const rows = addWrappedLabels(options.rows, options.category.field);
  return {
    data: { values: rows },
    width: options.width ?? 300,
    height: { step: stepForLabels(rows) },
    encoding: {
      y: wrappedCategoryAxis(options.category.title),
      x: { field: options.value.field, type: 'quantitative', title: options.value.title, axis: VALUE_AXIS },
    },
    layer: [
      { name: 'bars', mark: { type: 'bar', height: 18 } },
      { name: 'values', mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 }, ...labelLayer(options.label ?? options.value.field) },
    ],
  };
}

/** Vertical columns, one per row, in data order, each labelled with `label` above it. */
export function columnSpec(options: { rows: readonly DatasetRow[]; category: Axis; value: Axis; label?: string; domainMax?: number }): TopLevelSpec {
  return {
    data: { values: [...options.rows] },
    width: { step: COLUMN_STEP },
    height: 200,
    encoding: {
      x: { field: options.category.field, type: 'ordinal', title: options.category.title, sort: null, axis: { labelAngle: 0 } },
      y: {
        field: options.value.field,
        type: 'quantitative',
        title: options.value.title,
        axis: VALUE_AXIS,
        ...(options.domainMax === undefined ? {} : { scale: { domain: [0, options.domainMax] } }),
      },
    },
    layer: [
      { name: 'bars', mark: { type: 'bar', width: { band: 0.7 } } },
      { name: 'values', mark: { type: 'text', baseline: 'bottom', dy: -3 }, ...labelLayer(options.label ?? options.value.field) },
    ],
  };
}

/** `count` → that field's value; `datum.percent + '%'` (any expression) → the computed text. */
function labelLayer(label: string) {
  if (/^[a-z_]+$/.test(label)) return { encoding: { text: { field: label, type: 'quantitative' as const } } };
  return { transform: [{ calculate: label, as: 'value_label' }], encoding: { text: { field: 'value_label', type: 'nominal' as const } } };
}
