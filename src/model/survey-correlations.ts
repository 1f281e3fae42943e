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
 * Sums a correlation table. Marks are data (the source underlines them); the outcome column's
 * attribution is counted from its marks when the table has any, and otherwise from which
 * outcome members also appear in one of the two action columns of the same row.
 */
export function computeCorrelationTotals(table: CorrelationTable): CorrelationTotals {
  const first = countMembers(table.rows, (row) => row.first.members);
  const second = countMembers(table.rows, (row) => row.second.members);
  const outcome = countMembers(table.rows, (row) => row.outcome.members);
  const outcomeMarked = table.rows.some((row) => row.outcome.marked.length > 0);
  const attributed = outcomeMarked
    ? countMembers(table.rows, (row) => row.outcome.marked)
    : countMembers(table.rows, (row) => row.outcome.members.filter((code) => row.first.members.includes(code) || row.second.members.includes(code)));
  return {
    first,
    second,
    outcome,
    firstMarked: share(countMembers(table.rows, (row) => row.first.marked), first),
    secondMarked: share(countMembers(table.rows, (row) => row.second.marked), second),
    outcomeAttributed: share(attributed, outcome),
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
