import type { ChartTable, TableCell } from '../chart-definition.ts';
import type { DatasetField, DatasetRow } from '../datasets/dataset.ts';

/**
 * A chart's data table straight from its dataset: one column per named field, headed with
 * the field's title, numbers right-aligned. `total` adds a row summing the given fields.
 */
export function tabulateRows(rows: readonly DatasetRow[], fields: readonly DatasetField[], names: readonly string[], total?: readonly string[]): ChartTable {
  const columns = names.map((name) => fields.find((f) => f.name === name)!);
  const cell = (value: DatasetRow[string] | undefined): TableCell => (value === null ? undefined : value);
  const table: ChartTable = {
    head: columns.map((f) => f.title),
    numeric: columns.map((f) => f.type === 'quantitative'),
    rows: rows.map((row) => columns.map((f) => cell(row[f.name]))),
  };
  if (total) table.foot = [columns.map((f, i) => (i === 0 ? 'Total' : total.includes(f.name) ? sumField(rows, f.name) : ''))];
  return table;
}

export function sumField(rows: readonly DatasetRow[], name: string): number {
  return rows.reduce((sum, row) => sum + Number(row[name] ?? 0), 0);
}

/** Rows' values of one field, for prose. */
export function pluck(rows: readonly DatasetRow[], name: string): string[] {
  return rows.map((row) => String(row[name]));
}
