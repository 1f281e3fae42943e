import type { TopLevelSpec } from 'vega-lite';

/** One cell of a chart's data table: text, a number, or nothing to show (an en dash). */
export type TableCell = string | number | undefined;

/** The numbers behind a chart, as a table a reader can open under it. */
export interface ChartTable {
  /** Column headings. */
  head: string[];
  /** Right-aligned columns (numbers), by position. */
  numeric: boolean[];
  rows: TableCell[][];
  /** Total rows, printed under the body. */
  foot?: TableCell[][];
}

/**
 * Everything needed to draw a chart and say what it shows. `spec` carries its data inline
 * (`data: { values }`), so it alone decides the SVG.
 */
export interface ChartDefinition {
  /** Short title, shown as the figure's caption and naming the SVG. */
  title: string;
  /** What the chart shows, in sentences, for readers who cannot see it. */
  description: string;
  spec: TopLevelSpec;
  table: ChartTable;
}

/** A chart drawn: the definition plus its SVG and the id its figure and SVG ids derive from. */
export interface BuiltChart extends ChartDefinition {
  id: string;
  svg: string;
}
