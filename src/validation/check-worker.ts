// Node's compile cache is per thread: the commands turn it on for theirs (src/cli/compile-cache.ts),
// not for this one. On once this import has run, it serves what the thread loads from then on:
// the dynamic imports below (the check, the charts, the Markdown pipeline), most of what it loads.
import '../cli/compile-cache.ts';
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckSummary, CheckVerdict } from './check-in-worker.ts';
import { checkKey, keepCheck, readKeptCheck } from './kept-check.ts';

/**
 * The thread check-in-worker.ts starts: checks the project and posts what it found. For
 * `astro dev` it stays up and checks again at each message. For `npm run build` it first
 * posts the verdict (the errors, once the rules that can find one have run, so the build can
 * load content while the advisory rules run), then the whole summary; then it waits for one
 * message: the build's cache folder, into which it draws the standard charts and renders every
 * Markdown text while Astro is still starting (the pages then find them ready), or nothing to stop.
 *
 * A build that names a `keptCheck` file reuses the findings kept there when they are of the
 * same content checked by the same code (kept-check.ts), and then draws nothing ahead either:
 * the build that kept them drew and rendered for that same content.
 */
const { root, mode, keptCheck } = workerData as { root: string; mode: 'build' | 'dev'; keptCheck?: string };

/**
 * The build's own thread is the one it waits for, from Astro's start to the last page; this
 * thread's work (the check, then charts and texts ahead) fills that thread's pauses. On two
 * cores both compete with Vite's and Node's own threads, so this one gives way: it lowers its
 * own priority. On Linux a thread's nice value is its own; elsewhere it may be the whole
 * process's (no change between the two threads), and a refusal is ignored.
 */
function yieldToTheBuild(): void {
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // A priority that cannot be changed only costs the time it would have saved.
  }
}

/**
 * Checks and posts the summary, once `keep` has had it. Loaded only when there is checking to
 * do: the rules, schemas and parsers are most of what this thread loads.
 */
async function check(onVerdict?: (errorCount: number) => void, keep?: (summary: CheckSummary) => void) {
  const { checkProject, RULES } = await import('./check-project.ts');
  const { diagnostics, errorCount, fileCount, content } = checkProject(root, RULES, onVerdict);
  const summary: CheckSummary = { diagnostics, errorCount, fileCount };
  keep?.(summary);
  parentPort!.postMessage(summary);
  return { summary, content };
}

if (mode === 'dev') {
  parentPort!.on('message', () => void check());
  await check();
} else {
  yieldToTheBuild();
  const key = keptCheck === undefined ? undefined : checkKey(root);
  const kept = key === undefined ? undefined : readKeptCheck(keptCheck!, key);
  if (kept) {
    parentPort!.postMessage({ ...kept, kept: true } satisfies CheckSummary);
  } else {
    // Kept before the summary goes (once it has, the build may end and this thread with it), and
    // only if no file changed while it was being checked: the key is read again.
    const keep = (summary: CheckSummary) => {
      if (key !== undefined && checkKey(root) === key) keepCheck(keptCheck!, key, summary);
    };
    const { summary, content } = await check((verdict) => parentPort!.postMessage({ verdict } satisfies CheckVerdict), keep);
    parentPort!.once('message', async (message: { cacheDir?: string }) => {
      if (!message.cacheDir || summary.errorCount > 0) return;
      const { buildChart, keepChartsBetweenBuilds } = await import('../charts/build-chart.ts');
      const { listStandardCharts } = await import('../charts/standard-charts.ts');
      const { waitForCacheWrites } = await import('../build-cache/disk-cache.ts');
      const { prepareTextsAhead } = await import('../markdown/render-ahead.ts');
      const { listActivityPageTexts, listSiteTexts } = await import('../site/chapters.ts');
      // Written at once, for the pages to find (src/build-cache/disk-cache.ts).
      keepChartsBetweenBuilds(root, message.cacheDir, { writeAtOnce: true });
      const renderAhead = prepareTextsAhead(content.data, { root, cacheDir: message.cacheDir });
      // As the pages come to them: Astro renders the activities' own pages first (their
      // narratives), then /activities/ and the members' pages (charts). Then every other text,
      // last page first: from 4x on, the pages overtake this thread around the newsletters and
      // render what they reach themselves; working back from the end, it renders only texts no
      // page has reached yet, until the two meet.
      await renderAhead(listActivityPageTexts);
      for (const { definition } of listStandardCharts(content.data)) await buildChart(definition);
      await renderAhead((data) => listSiteTexts(data).reverse());
      await waitForCacheWrites();
    });
  }
}
