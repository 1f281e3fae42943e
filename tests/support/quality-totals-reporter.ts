import type { Reporter, TestModule } from 'vitest/node';
import { formatTotals, sumTotals, type QualityTotals } from './quality-totals.ts';

/**
 * Prints the quality gates' totals as the last line of `npm test`, after Vitest's own
 * summary: pages checked, violations, links checked, bad inputs tried. Prints nothing when
 * no test of the run counted anything (a single unrelated test file, say).
 */
export default class QualityTotalsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let totals: Partial<QualityTotals> = {};
    for (const module of testModules) {
      for (const test of module.children.allTests()) totals = sumTotals(totals, test.meta().qualityTotals ?? {});
    }
    if (Object.keys(totals).length > 0) console.log(`\n${formatTotals(totals)}\n`);
  }
}
