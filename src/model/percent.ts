/**
 * Shares as the documents print them: whole percent, halves rounded up
 * (Survey 2020: 12 replies of 22 → "55%").
 */

/** `part` as a whole percentage of `whole`; undefined when there is nothing to divide by. */
export function computePercent(part: number, whole: number): number | undefined {
  if (whole === 0) return undefined;
  // Integer arithmetic first, so 12/22 does not round on a binary fraction's error.
  return Math.floor((part * 200 + whole) / (whole * 2));
}

/** `62` → `62%`; a missing share prints as an en dash. */
export function formatPercent(percent: number | undefined): string {
  return percent === undefined ? '–' : `${percent}%`;
}

/** `computePercent` and `formatPercent` together: `(145, 233)` → `62%`. */
export function formatShare(part: number, whole: number): string {
  return formatPercent(computePercent(part, whole));
}

/** An average to one decimal, as the annual report prints it: 389 / 13 → `29.9`. */
export function formatAverage(total: number, count: number): string | undefined {
  if (count === 0) return undefined;
  return (Math.round((total * 10) / count) / 10).toFixed(1);
}
