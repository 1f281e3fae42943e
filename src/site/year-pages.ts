/**
 * Long lists split by fiscal year, so that no page grows with the archive. A list (the
 * activities of a topic, what a member hosted and attended, a person's activities) shows its
 * newest fiscal years in full, as many as fit in one page's share of rows; when older years do
 * not fit, every year of the list also gets a page of its own, linked from the list.
 *
 *   splitByFiscalYear(entries, (e) => e.group)  → [{ fy: '2019-20', items }, { fy: '2018-19', items }, …]
 *   chooseShownYears(years, countItems)         → { years, shown: [2019-20 part, 2018-19 part], split: true }
 */
import { formatFiscalYear } from '../model/calendar.ts';

/**
 * Rows one page may list. A row (a table row, or a list item with its link) is some 250
 * bytes, so 160 rows are about 40 KB: with the page's frame (header, footer, stylesheet:
 * about 11 KB) and its navigation, a page stays near 52 KB, under the 60 KB page budget.
 */
export const ROWS_PER_PAGE = 160;

/** What a year's section costs besides its rows (its heading, a table's head), counted in rows. */
export const SECTION_ROWS = 1;

/** One fiscal year's part of a list. */
export interface YearPart<T> {
  fy: string;
  items: T[];
}

/** A list's fiscal years, newest first, and those a page shows in full. */
export interface YearSplit<P extends { fy: string }> {
  years: P[];
  /** The newest years, as many as fit; always at least one when there is any. */
  shown: P[];
  /** True when some years do not fit: then each year has a page of its own. */
  split: boolean;
}

/** Items by fiscal year, newest year first; items keep their order within a year. */
export function splitByFiscalYear<T>(items: readonly T[], fyOf: (item: T) => string): YearPart<T>[] {
  const byYear = new Map<string, T[]>();
  for (const item of items) {
    const fy = fyOf(item);
    if (!byYear.has(fy)) byYear.set(fy, []);
    byYear.get(fy)!.push(item);
  }
  return [...byYear.keys()].sort().reverse().map((fy) => ({ fy, items: byYear.get(fy)! }));
}

/**
 * The newest years whose rows (`rowsOf`, plus SECTION_ROWS per year) fit in `budget`. The
 * newest year is shown even when it alone is over: it has a page of its own too.
 */
export function chooseShownYears<P extends { fy: string }>(years: P[], rowsOf: (part: P) => number, budget = ROWS_PER_PAGE): YearSplit<P> {
  let used = 0;
  let count = 0;
  for (const part of years) {
    used += rowsOf(part) + SECTION_ROWS;
    if (count > 0 && used > budget) break;
    count += 1;
  }
  return { years, shown: years.slice(0, count), split: count < years.length };
}

/** One row per item: the rows of a year's table or list. */
export function countItems(part: YearPart<unknown>): number {
  return part.items.length;
}

/** The years a page lists, in words: `FY 2019/20`, `FY 2016/17 to 2019/20` (from the oldest to the newest given). */
export function describeYearSpan(fys: readonly string[]): string {
  const sorted = [...fys].sort().map(formatFiscalYear);
  const [first, last] = [sorted[0] ?? '', sorted.at(-1) ?? ''];
  return first === last ? `FY ${first}` : `FY ${first} to ${last}`;
}

/**
 * `split` computed once per build for each key: a member's page and each of its year pages
 * ask for the same split.
 */
export function memoisePerData<D extends object, P extends { fy: string }>(split: (data: D, key: string) => YearSplit<P>): (data: D, key: string) => YearSplit<P> {
  const cache = new WeakMap<D, Map<string, YearSplit<P>>>();
  return (data, key) => {
    let byKey = cache.get(data);
    if (!byKey) cache.set(data, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, split(data, key));
    return byKey.get(key)!;
  };
}
