import type { DatasetRow } from '../datasets/dataset.ts';

/**
 * Surveyed workshops as the good practice reports refer to them: by their number in Table 1,
 * "(2) WCO Regional Workshop on AEO (Dec. 2019)".
 */
export function numberWorkshops(rows: readonly DatasetRow[]): DatasetRow[] {
  return rows.map((row) => ({ ...row, workshop: `(${row.number}) ${row.workshop}` }));
}

/** Per-workshop prose for a chart's description: `(1) …: 4 of 5 replied; (2) …: …`. Semicolons, since labels hold commas. */
export function describeSurveyWorkshops(rows: readonly DatasetRow[], describe: (row: DatasetRow) => string): string {
  return rows.map((row) => `(${row.number}) ${row.workshop}: ${describe(row)}`).join('; ');
}
