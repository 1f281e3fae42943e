import type { Reporter, TestModule } from 'vitest/node';
import { formatTotals, sumTotals, type QualityTotals } from './quality-totals.ts';

/**
 * Prints the quality gates' totals at the end of `npm test`, after Vitest's own summary:
 * pages checked, violations, links checked, bad inputs tried (nothing when no test of the run
 * counted anything). Then a plain `N passed, N failed` line, the closing line CI reads
 * whatever the test runner.
 */
export default class QualityTotalsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let totals: Partial<QualityTotals> = {};
    const outcomes = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        totals = sumTotals(totals, test.meta().qualityTotals ?? {});
        const state = test.result().state;
        if (state === 'passed' || state === 'failed' || state === 'skipped') outcomes[state] += 1;
      }
    }
    if (Object.keys(totals).length > 0) console.log(`\n${formatTotals(totals)}`);
    console.log(`\n${outcomes.passed} passed, ${outcomes.failed} failed${outcomes.skipped ? `, ${outcomes.skipped} skipped` : ''}`);
  }
}
