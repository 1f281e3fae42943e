import { parentPort, workerData } from 'node:worker_threads';
import { checkProject } from './check-project.ts';
import type { CheckSummary } from './check-in-worker.ts';

/**
 * The thread check-in-worker.ts starts: checks the project once at start, then again at each
 * message, and posts what it found each time. The checker's modules load once per thread.
 */
const { root } = workerData as { root: string };

function check(): void {
  const { diagnostics, errorCount, fileCount } = checkProject(root);
  parentPort!.postMessage({ diagnostics, errorCount, fileCount } satisfies CheckSummary);
}

parentPort!.on('message', check);
check();
