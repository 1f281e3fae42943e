import { parentPort, workerData } from 'node:worker_threads';
import { checkProject } from './check-project.ts';
import type { CheckSummary } from './check-in-worker.ts';

/** The thread check-in-worker.ts starts: checks the project and posts what it found. */
const { diagnostics, errorCount, fileCount } = checkProject((workerData as { root: string }).root);
parentPort!.postMessage({ diagnostics, errorCount, fileCount } satisfies CheckSummary);
