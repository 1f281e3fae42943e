import { describe, expect, it } from 'vitest';
import { formatComparison, summariseComparison, type BuildSample } from '../../src/bench/compare-builds.ts';
import { median } from '../../src/bench/median.ts';

const sample = (kind: BuildSample['kind'], variant: BuildSample['variant'], seconds: number, cpuSeconds?: number): BuildSample => ({ scale: 1, kind, variant, seconds, cpuSeconds });

describe('npm run bench -- --compare', () => {
  it('takes the middle value, and the mean of the middle two of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('summarises each side by its median, fastest and median CPU, and divides after by before', () => {
    const samples = [
      sample('cold', 'before', 6, 9), sample('cold', 'after', 5, 8),
      sample('cold', 'before', 8, 10), sample('cold', 'after', 4, 7),
      sample('cold', 'before', 7, 11), sample('cold', 'after', 9, 6),
    ];
    const [row] = summariseComparison(samples);
    expect(row).toEqual({ scale: 1, kind: 'cold', before: { median: 7, fastest: 6, medianCpu: 10, runs: 3 }, after: { median: 5, fastest: 4, medianCpu: 7, runs: 3 }, ratio: 5 / 7 });
  });

  it('leaves out a kind measured on one side only, and CPU when a run lacks it', () => {
    const rows = summariseComparison([sample('warm', 'before', 2), sample('warm', 'after', 3, 4), sample('cold', 'before', 1)]);
    expect(rows.map((row) => row.kind)).toEqual(['warm']);
    expect(rows[0]!.before.medianCpu).toBeUndefined();
    expect(formatComparison(rows).split('\n').at(-1)).toBe('| 1× | warm | 1 | 2.00 | 2.00 |  | 3.00 | 3.00 | 4.00 | 1.50 |');
  });
});
