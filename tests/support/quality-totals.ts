import type { TaskMeta } from 'vitest';

/**
 * What the quality gates counted, added up over every test of a run and printed at its end
 * by quality-totals-reporter.ts. A test adds its own counts to its task's `meta` (Vitest
 * carries meta from the workers to the reporter), so the totals need no shared file and
 * count only the tests that ran.
 */
export interface QualityTotals {
  /** Pages opened in Chromium, each checked in light and dark colour scheme and at 320 px. */
  pagesInBrowser: number;
  accessibilityViolations: number;
  /** Console errors, uncaught exceptions, failed or 4xx/5xx requests, requests to another host. */
  browserErrors: number;
  /** Pages wider than a 320 px screen. */
  pagesScrollingSideways: number;
  pagesValidated: number;
  htmlErrors: number;
  linksChecked: number;
  brokenLinks: number;
  /** Malformed inputs given to the checker as a command. */
  badInputs: number;
  /** Builds of content with an error, each of which must fail cleanly. */
  failedBuilds: number;
  /** Stack traces or crash exit codes seen from the checker or the build. */
  crashes: number;
}

declare module 'vitest' {
  interface TaskMeta {
    qualityTotals?: Partial<QualityTotals>;
  }
}

/** Adds counts to the running test's share of the totals. */
export function countForTotals(task: { meta: TaskMeta }, counts: Partial<QualityTotals>): void {
  task.meta.qualityTotals = sumTotals(task.meta.qualityTotals ?? {}, counts);
}

export function sumTotals(a: Partial<QualityTotals>, b: Partial<QualityTotals>): Partial<QualityTotals> {
  const sum: Partial<QualityTotals> = { ...a };
  for (const [key, value] of Object.entries(b) as [keyof QualityTotals, number][]) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

/** The line a run ends with; a gate that did not run in it is left out. */
export function formatTotals(t: Partial<QualityTotals>): string {
  const parts: string[] = [];
  if (t.pagesInBrowser !== undefined) {
    parts.push(`${t.pagesInBrowser} pages in Chromium (light, dark, 320 px): ${t.accessibilityViolations ?? 0} accessibility violations, ${t.browserErrors ?? 0} console or request errors, ${t.pagesScrollingSideways ?? 0} pages scrolling sideways`);
  }
  if (t.pagesValidated !== undefined) parts.push(`${t.pagesValidated} pages through the Nu HTML Checker: ${t.htmlErrors ?? 0} errors`);
  if (t.linksChecked !== undefined) parts.push(`${t.linksChecked} internal links and anchors: ${t.brokenLinks ?? 0} broken`);
  if (t.badInputs !== undefined) parts.push(`${t.badInputs} bad inputs checked and ${t.failedBuilds ?? 0} failed builds: ${t.crashes ?? 0} crashes`);
  return `Quality gates — ${parts.join('; ')}.`;
}
