import type { CorpusSummary } from './generate-corpus.ts';
import type { PageReport } from './measure-pages.ts';
import type { SearchReport } from './measure-search.ts';

/** Who built: our site or one of the baselines. */
export type Subject = 'rapporteur' | 'astro-default' | 'astro-unified' | 'hugo';
export const BASELINES: readonly Subject[] = ['astro-default', 'astro-unified', 'hugo'];

/** One timed step at one scale. `seconds` undefined: the step was not run ("n/a"). */
export interface Measurement {
  scale: number;
  subject: Subject;
  step: 'cold build' | 'warm build' | 'warm build, 1 edit' | 'check' | 'dev edit' | 'pagefind index' | 'pdf (largest report)';
  pages?: number;
  seconds?: number;
  /** User + system CPU seconds of the command and its children. */
  cpuSeconds?: number;
  peakMb?: number;
  note?: string;
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
