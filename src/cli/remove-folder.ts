import { Worker } from 'node:worker_threads';

// CommonJS, as an evaluated worker's code is.
const REMOVE = "require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true });";

/**
 * Removes a folder and everything in it on a thread of its own. `fs.rm` on the main thread
 * runs Node's JavaScript walk of the tree there, a callback per file: removing the site a
 * build replaced took about 50 ms of a warm 1x build's main thread (--cpu-prof), and grows
 * with the pages and search-index files, while the build needs that thread throughout.
 */
export function removeFolderOnAnotherThread(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(REMOVE, { eval: true, workerData: dir });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Removing ${dir} stopped with exit code ${code}.`))));
  });
}
