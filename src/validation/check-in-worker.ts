import { Worker } from 'node:worker_threads';
import type { Diagnostic } from './diagnostic.ts';

/** What a check found, without the parsed content (which cannot cross to another thread). */
export interface CheckSummary {
  diagnostics: Diagnostic[];
  errorCount: number;
  fileCount: number;
}

/** Where `npm run build` leaves its check for the check-content integration to collect. */
const PENDING_CHECK = Symbol.for('rapporteur.pending-check');

/**
 * Starts `npm run check`'s validation of `root` on another thread. `npm run build` calls it
 * first thing, so the check runs while Astro loads and reads its config, instead of before;
 * the integration then waits for its result before the build goes further.
 */
export function startCheckInWorker(root: string): Promise<CheckSummary> {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { root } });
  const result = new Promise<CheckSummary>((resolve, reject) => {
    worker.once('message', (summary: CheckSummary) => resolve(summary));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The content check stopped (exit code ${code}) before reporting.`)));
  });
  (globalThis as Record<symbol, unknown>)[PENDING_CHECK] = result;
  return result;
}

/** The check `npm run build` started for this process, if it did; the integration takes it once. */
export function takePendingCheck(): Promise<CheckSummary> | undefined {
  const store = globalThis as Record<symbol, Promise<CheckSummary> | undefined>;
  const pending = store[PENDING_CHECK];
  store[PENDING_CHECK] = undefined;
  return pending;
}
