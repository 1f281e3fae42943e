import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from './diagnostic.ts';

/** What a check found, without the parsed content (which cannot cross to another thread). */
export interface CheckSummary {
  diagnostics: Diagnostic[];
  errorCount: number;
  fileCount: number;
  /** These are the findings of the last build's check of the same content, reused (kept-check.ts). */
  kept?: boolean;
}

/** What a build's check thread posts first: the errors found once every rule that can find one has run. */
export interface CheckVerdict {
  verdict: number;
}

/** Where `npm run build` leaves its check for the check-content integration to collect. */
const PENDING_CHECK = Symbol.for('rapporteur.pending-check');

/**
 * Starts `npm run check`'s validation of `root` on another thread. `npm run build` calls it
 * first thing, so the check runs while Astro loads and reads its config, instead of before;
 * the integration then waits for its result before the build goes further. `keptCheck`: the
 * file where a clean check is kept for the next build to reuse (kept-check.ts).
 */
export function startCheckInWorker(root: string, { keptCheck }: { keptCheck?: string } = {}): Promise<CheckSummary> {
  const worker = new Worker(WORKER_SCRIPT, { workerData: { root, mode: 'build', keptCheck } });
  const verdict = Promise.withResolvers<number>();
  const result = new Promise<CheckSummary>((resolve, reject) => {
    worker.on('message', (message: CheckVerdict | CheckSummary) => {
      if ('verdict' in message) return verdict.resolve(message.verdict);
      verdict.resolve(message.errorCount);
      resolve(message);
      // From here on the thread only draws charts ahead (or waits to be told not to): it must
      // never keep the build's process alive.
      worker.unref();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The content check stopped (exit code ${code}) before reporting.`)));
  });
  result.catch((error: Error) => verdict.reject(error));
  // A verdict nobody waits for (the check failed before giving one) must not end the process.
  verdict.promise.catch(() => {});
  const pending: PendingCheck = { verdict: verdict.promise, result, drawCharts: (cacheDir) => worker.postMessage({ cacheDir }) };
  (globalThis as Record<symbol, unknown>)[PENDING_CHECK] = pending;
  return result;
}

/** The build's check, and what its thread can do next: draw the standard charts into the build cache. */
export interface PendingCheck {
  /** The errors, known before `result`: the advisory rules (check-project.ts), which only warn, run after it. */
  verdict: Promise<number>;
  result: Promise<CheckSummary>;
  /** `undefined`: draw nothing (the thread ends). */
  drawCharts(cacheDir: string | undefined): void;
}

const WORKER_SCRIPT = new URL('./check-worker.ts', import.meta.url);

/** A check thread that stays up and checks again on request: `astro dev`'s, one per server. */
export interface CheckThread {
  /** Checks again; `onResult` gets each check's findings, in order, the first at start. */
  recheck(): void;
  close(): Promise<void>;
}

/**
 * Starts a check thread for `root`, whose src/ holds this file: `astro dev` loads the
 * integrations through Vite, so the worker's file is found from the project, not from
 * import.meta.url. The thread keeps `astro dev`'s own thread free to serve pages while a
 * large archive is checked (2.5 s at 16×), and does not keep the process alive.
 */
export function startCheckThread(root: string, onResult: (summary: CheckSummary) => void, onError: (error: Error) => void): CheckThread {
  const script = pathToFileURL(join(root, 'src', 'validation', 'check-worker.ts'));
  const worker = new Worker(script, { workerData: { root, mode: 'dev' } });
  worker.unref();
  worker.on('message', onResult);
  worker.on('error', onError);
  return {
    recheck: () => worker.postMessage('check'),
    close: async () => void (await worker.terminate()),
  };
}

/** The check `npm run build` started for this process, if it did; the integration takes it once. */
export function takePendingCheck(): PendingCheck | undefined {
  const store = globalThis as Record<symbol, PendingCheck | undefined>;
  const pending = store[PENDING_CHECK];
  store[PENDING_CHECK] = undefined;
  return pending;
}
