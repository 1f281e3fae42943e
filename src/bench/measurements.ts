import type { CorpusSummary } from './generate-corpus.ts';
import type { PageReport } from './measure-pages.ts';
import type { SearchReport } from './measure-search.ts';
import { median } from './median.ts';

/** Who built: our site or one of the baselines. */
export type Subject = 'rapporteur' | 'astro-default' | 'astro-unified' | 'hugo';
export const BASELINES: readonly Subject[] = ['astro-default', 'astro-unified', 'hugo'];

/** One timed step at one scale. `seconds` undefined: the step was not run ("n/a"). */
export interface Measurement {
  scale: number;
  subject: Subject;
  step: 'cold build' | 'warm build' | 'warm build, 1 edit' | 'check' | 'dev edit' | 'dev edit, front matter' | 'pagefind index' | 'pdf (largest report)';
  pages?: number;
  seconds?: number;
  /** User + system CPU seconds of the command and its children. */
  cpuSeconds?: number;
  peakMb?: number;
  note?: string;
  /**
   * Wall seconds of each run, in order, when the step ran `--repeat` times in turns with the
   * baselines' same step (src/bench/run-bench.ts): run i of each subject ran one after another.
   */
  runs?: number[];
}

/** Everything measured at one scale. */
export interface ScaleResult {
  scale: number;
  corpus: CorpusSummary;
  measurements: Measurement[];
  pageReport?: PageReport;
  search?: SearchReport;
  /** Steps that failed at this scale, with the first line of their error. */
  failures: string[];
}

export function findMeasurement(result: ScaleResult, subject: Subject, step: Measurement['step']): Measurement | undefined {
  return result.measurements.find((m) => m.subject === subject && m.step === step && m.seconds !== undefined);
}

/**
 * Our time for a step divided by a baseline's time for the same step. When both ran in turns,
 * run i of each one after the other, it is the median of the runs' ratios: a ratio of two builds
 * run moments apart, while the machine's speed drifts over minutes (the same build measured
 * 7.2 and 9.8 s an hour apart). Otherwise the ratio of their recorded (fastest) times.
 */
export function ratioToBaseline(result: ScaleResult, ours: Measurement, baseline: Subject): { ratio: number; pairs: number } | undefined {
  const base = findMeasurement(result, baseline, ours.step);
  if (ours.seconds === undefined || !base?.seconds) return undefined;
  const pairs = ours.runs && base.runs?.length === ours.runs.length ? ours.runs.map((seconds, i) => seconds / base.runs![i]!) : undefined;
  return pairs ? { ratio: median(pairs), pairs: pairs.length } : { ratio: ours.seconds / base.seconds, pairs: 0 };
}
