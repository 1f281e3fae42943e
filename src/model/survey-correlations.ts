import type { SurveyRound } from '../schemas/index.ts';
import { computePercent } from './percent.ts';

type CorrelationTable = SurveyRound['correlations'][number];
type CorrelationRow = CorrelationTable['rows'][number];

/** A count with its share of a column total, as the tables print them: `73 (67%)`. */
export interface CountShare {
  count: number;
  percent: number | undefined;
}

/** The figures printed under a correlation table. */
export interface CorrelationTotals {
  first: number;
  second: number;
  outcome: number;
  /** Members of the first column marked as having seen the outcome. */
  firstMarked: CountShare;
  secondMarked: CountShare;
  /** Members who saw the outcome and took one of the two actions. */
  outcomeAttributed: CountShare;
}

/**
 * Which codes of a row the table underlines: in an action column, the members who also saw
 * the outcome; in the outcome column, those who also took one of the two actions. The
 * reports define the underlining this way (NB under each table), so it is derived here and
 * the `marked` lists transcribed from print serve only to check the print against it.
 */
export function deriveRowMarks(row: CorrelationRow): { first: string[]; second: string[]; outcome: string[] } {
  const sawOutcome = (code: string) => row.outcome.members.includes(code);
  return {
    first: row.first.members.filter(sawOutcome),
    second: row.second.members.filter(sawOutcome),
    outcome: row.outcome.members.filter((code) => row.first.members.includes(code) || row.second.members.includes(code)),
  };
}

/** Sums a correlation table: column totals, and the underlined counts with their share of each column. */
export function computeCorrelationTotals(table: CorrelationTable): CorrelationTotals {
  const first = countMembers(table.rows, (row) => row.first.members);
  const second = countMembers(table.rows, (row) => row.second.members);
  const outcome = countMembers(table.rows, (row) => row.outcome.members);
  return {
    first,
    second,
    outcome,
    firstMarked: share(countMembers(table.rows, (row) => deriveRowMarks(row).first), first),
    secondMarked: share(countMembers(table.rows, (row) => deriveRowMarks(row).second), second),
    outcomeAttributed: share(countMembers(table.rows, (row) => deriveRowMarks(row).outcome), outcome),
  };
}

/** Every member code a correlation table names, with the workshops (1-based) and columns it appears in. */
export function listCorrelationAppearances(table: CorrelationTable, code: string): { workshop: number; columns: ('first' | 'second' | 'outcome')[] }[] {
  return table.rows.flatMap((row) => {
    const columns = (['first', 'second', 'outcome'] as const).filter((column) => row[column].members.includes(code));
    return columns.length > 0 ? [{ workshop: row.workshop, columns: [...columns] }] : [];
  });
}

function countMembers(rows: readonly CorrelationRow[], pick: (row: CorrelationRow) => readonly string[]): number {
  return rows.reduce((total, row) => total + pick(row).length, 0);
}

function share(count: number, whole: number): CountShare {
  return { count, percent: computePercent(count, whole) };
}
