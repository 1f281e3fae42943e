import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatBudgetLine, type BudgetLine } from './budgets.ts';
import type { ScaleResult } from './measurements.ts';
import { formatCorpusTable, formatResultsTable } from './results-table.ts';

/** Everything below this line in the results file is written by hand and kept across runs. */
export const NOTES_MARKER = '<!-- Notes below this line are kept by npm run bench. -->';

export interface RunDescription {
  command: string;
  /** What was built: `commit 882d446` or `the working tree`. */
  source: string;
  machine: string;
  startedAt: string;
  loadBefore: string;
  loadAfter: string;
  minutes: number;
}

export function formatResults(run: RunDescription, results: readonly ScaleResult[], budgets: readonly BudgetLine[]): string {
  return [
    '# Benchmark results',
    '',
    `Written by \`${run.command}\` on ${run.startedAt} (${run.minutes.toFixed(1)} min), building ${run.source}.`,
    '',
    `Machine: ${run.machine}. 1-minute load average ${run.loadBefore} before the run, ${run.loadAfter} after: the machine is shared, so other work competes with every figure.`,
    '',
    'Corpora (generated from the shipped content by src/bench/; see src/bench/corpus-plan.ts):',
    '',
    formatCorpusTable(results),
    '',
    'Timings (wall seconds, the fastest of the runs; a ratio is our time over the baseline\'s same step at the same scale, the median of the runs\' ratios where ours and the bare Astro builds ran in turns; builds are without PDFs):',
    '',
    formatResultsTable(results),
    '',
    'Budgets:',
    '',
    '```',
    ...budgets.map(formatBudgetLine),
    '```',
    '',
    ...results.flatMap((r) => r.failures.map((failure) => `Failed at ${r.scale}×: ${failure}`)),
  ].join('\n');
}

/** Writes the results, keeping any hand-written notes of the previous file. */
export function writeResults(file: string, text: string): void {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = previous.indexOf(NOTES_MARKER);
  const notes = at >= 0 ? previous.slice(at) : `${NOTES_MARKER}\n`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${text}\n${notes}`);
}
