import type { DatasetRow } from '../datasets/dataset.ts';
import { joinNames } from '../../site/labels.ts';

/** Rows as prose for a chart's description: `Japan 8, Australia 2 and China 2`. */
export function describeCounts(rows: readonly DatasetRow[], category: string, value: string, unit = ''): string {
  return joinNames(rows.map((row) => `${row[category]} ${row[value] ?? 'not known'}${row[value] === null ? '' : unit}`));
}
