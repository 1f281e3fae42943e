import { parentPort, workerData } from 'node:worker_threads';
import { checkProject, RULES } from './check-project.ts';
import type { CheckSummary, CheckVerdict } from './check-in-worker.ts';

/**
 * The thread check-in-worker.ts starts: checks the project and posts what it found. For
 * `astro dev` it stays up and checks again at each message. For `npm run build` it first
 * posts the verdict (the errors, once the rules that can find one have run, so the build can
 * load content while the advisory rules run), then the whole summary; then it waits for one
 * message: the build's cache folder, into which it draws the standard charts and renders every
 * Markdown text while Astro is still starting (the pages then find them ready), or nothing to stop.
 */
const { root, mode } = workerData as { root: string; mode: 'build' | 'dev' };

function check(onVerdict?: (errorCount: number) => void) {
  const result = checkProject(root, RULES, onVerdict);
  const { diagnostics, errorCount, fileCount } = result;
  parentPort!.postMessage({ diagnostics, errorCount, fileCount } satisfies CheckSummary);
  return result;
}

if (mode === 'dev') {
  parentPort!.on('message', () => check());
  check();
} else {
  const { content, errorCount } = check((verdict) => parentPort!.postMessage({ verdict } satisfies CheckVerdict));
  parentPort!.once('message', async (message: { cacheDir?: string }) => {
    if (!message.cacheDir || errorCount > 0) return;
    const { buildChart, keepChartsBetweenBuilds } = await import('../charts/build-chart.ts');
    const { listStandardCharts } = await import('../charts/standard-charts.ts');
    const { waitForCacheWrites } = await import('../build-cache/disk-cache.ts');
    const { renderTextsAhead } = await import('../markdown/render-ahead.ts');
    // Written at once, for the pages to find (src/build-cache/disk-cache.ts).
    keepChartsBetweenBuilds(root, message.cacheDir, { writeAtOnce: true });
    for (const { definition } of listStandardCharts(content.data)) await buildChart(definition);
    await renderTextsAhead(content.data, { root, cacheDir: message.cacheDir });
    await waitForCacheWrites();
  });
}
