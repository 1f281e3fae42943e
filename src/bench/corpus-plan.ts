/**
 * How big a synthetic corpus is at a given scale, from the shipped content's own counts.
 *
 * 1× has as many activities as the shipped content. Activities are laid out at the shipped
 * content's yearly rate (its fullest fiscal year), so s× spans round(s × activities ÷
 * fullest-year activities) fiscal years, at least one. Every fiscal year then has what the
 * publisher issues each year: one annual report, one work plan, one follow-up survey round,
 * and as many newsletter issues as the shipped issue's quarter fits in a year (four).
 * With the shipped 97 activities and 71 in FY 2018/19: 1× is 1 year, 4× is 5, 16× is 22.
 */
export interface CorpusPlan {
  scale: number;
  activityCount: number;
  /** Activities per synthetic fiscal year, oldest first. */
  activitiesPerYear: number[];
  issuesPerYear: number;
}

export interface ShippedCounts {
  activities: number;
  fullestYearActivities: number;
  /** Months one newsletter issue covers. */
  monthsPerIssue: number;
}

export function planCorpus(shipped: ShippedCounts, scale: number): CorpusPlan {
  if (!(scale > 0)) throw new Error(`Scale must be a positive number, not ${scale}.`);
  const activityCount = Math.round(scale * shipped.activities);
  const years = Math.max(1, Math.round(activityCount / shipped.fullestYearActivities));
  return { scale, activityCount, activitiesPerYear: spreadEvenly(activityCount, years), issuesPerYear: Math.round(12 / shipped.monthsPerIssue) };
}

/** 10 over 3 → [4, 3, 3]. */
function spreadEvenly(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}
