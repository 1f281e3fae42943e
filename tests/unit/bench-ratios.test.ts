import { describe, expect, it } from 'vitest';
import { evaluateBudgets, formatBudgetLine } from '../../src/bench/budgets.ts';
import { ratioToBaseline, type Measurement, type ScaleResult } from '../../src/bench/measurements.ts';
import { formatResultsTable } from '../../src/bench/results-table.ts';

const build = (subject: Measurement['subject'], step: Measurement['step'], runs: number[] | undefined, seconds = Math.min(...(runs ?? [Infinity]))): Measurement => ({ scale: 1, subject, step, seconds, runs });
const scaleWith = (measurements: Measurement[]): ScaleResult => ({ scale: 1, corpus: {} as ScaleResult['corpus'], measurements, failures: [] });

describe('the ratio of our build to a baseline’s', () => {
  it('is the median of the runs’ ratios when both ran in turns', () => {
    // Run 1 of each on a slow machine, run 2 on a fast one: the fastest times alone would say 10 / 4.
    const ours = build('rapporteur', 'cold build', [20, 10]);
    const result = scaleWith([ours, build('astro-unified', 'cold build', [16, 4])]);
    expect(ratioToBaseline(result, ours, 'astro-unified')).toEqual({ ratio: (20 / 16 + 10 / 4) / 2, pairs: 2 });
  });

  it('is the ratio of the fastest times when the runs do not pair up', () => {
    const ours = build('rapporteur', 'warm build', [6, 5]);
    const unpaired = scaleWith([ours, build('hugo', 'warm build', undefined, 0.5), build('astro-default', 'warm build', [2])]);
    expect(ratioToBaseline(unpaired, ours, 'hugo')).toEqual({ ratio: 10, pairs: 0 });
    expect(ratioToBaseline(unpaired, ours, 'astro-default')).toEqual({ ratio: 2.5, pairs: 0 });
    expect(ratioToBaseline(unpaired, ours, 'astro-unified')).toBeUndefined();
  });

  it('is what the results table shows and the build budgets judge, saying how it was taken', () => {
    const result = scaleWith([
      build('rapporteur', 'cold build', [20, 10]),
      build('rapporteur', 'warm build', [3, 3]),
      build('astro-unified', 'cold build', [16, 4]),
      build('astro-default', 'warm build', [2.5, 2]),
    ]);
    const cold = formatResultsTable([result]).split('\n').find((line) => line.includes('| rapporteur | cold build |'))!;
    expect(cold.split(' | ').at(-2)).toBe(((20 / 16 + 10 / 4) / 2).toFixed(2));
    const budgets = evaluateBudgets([result]).map(formatBudgetLine);
    expect(budgets).toContain(`FAIL  cold build ≤ 1.5× bare Astro (unified) cold build at 1×: ${((20 / 16 + 10 / 4) / 2).toFixed(2)}× (median of 2 runs in turns)`);
    expect(budgets).toContain(`PASS  warm build ≤ 1.5× bare Astro (default engine) warm build at 1×: ${((3 / 2.5 + 3 / 2) / 2).toFixed(2)}× (median of 2 runs in turns)`);
  });
});
