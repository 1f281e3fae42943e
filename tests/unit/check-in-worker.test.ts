import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listStandardCharts } from '../../src/charts/standard-charts.ts';
import { startCheckInWorker, takePendingCheck } from '../../src/validation/check-in-worker.ts';
import { loadContent } from '../../src/validation/load-content.ts';
import { BROKEN_CASES, GOOD_SITE, readExpected } from '../support/fixture-tree.ts';

/** Waits until `done()` holds, for up to 30 s. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 100) {
    if (waited > 30_000) throw new Error('Gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the build’s check thread', () => {
  it('checks, hands its result to the integration once, then draws the standard charts into the build cache', async () => {
    const summary = await startCheckInWorker(GOOD_SITE);
    expect(summary).toMatchObject({ errorCount: 0, fileCount: loadContent(GOOD_SITE).fileCount });
    const pending = takePendingCheck()!;
    expect(await pending.result).toEqual(summary);
    expect(await pending.verdict).toBe(0);
    expect(takePendingCheck()).toBeUndefined();

    const cacheDir = mkdtempSync(join(tmpdir(), 'check-thread-cache-'));
    pending.drawCharts(cacheDir);
    const charts = listStandardCharts(loadContent(GOOD_SITE).data).length;
    expect(charts).toBeGreaterThan(3);
    const drawn = () => (existsSync(join(cacheDir, 'charts')) ? readdirSync(join(cacheDir, 'charts')).filter((name) => !name.endsWith('.tmp')).length : 0);
    await until(() => drawn() === charts);
    expect(drawn()).toBe(charts);
  }, 60_000);
});

describe('the build’s check thread, given a file to keep its check in', () => {
  const work = mkdtempSync(join(tmpdir(), 'check-thread-kept-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Starts the thread as `npm run build` does and lets it end without drawing (no cache folder). */
  async function checkAsTheBuildDoes(root: string, keptCheck: string) {
    const summary = await startCheckInWorker(root, { keptCheck });
    takePendingCheck()!.drawCharts(undefined);
    return summary;
  }

  it('reuses a clean check of the same content, and checks again once a file changed', async () => {
    const root = join(work, 'site');
    cpSync(GOOD_SITE, root, { recursive: true });
    const keptCheck = join(root, '.build', 'last-check.json');

    const first = await checkAsTheBuildDoes(root, keptCheck);
    expect(first.kept).toBeUndefined();
    expect(first).toMatchObject({ errorCount: 0, fileCount: loadContent(root).fileCount });
    const keptAfterFirst = readFileSync(keptCheck, 'utf8');

    // Nothing changed: the same findings, said to be kept, and the file left as it was.
    const second = await checkAsTheBuildDoes(root, keptCheck);
    expect(second).toEqual({ ...first, kept: true });
    expect(readFileSync(keptCheck, 'utf8')).toBe(keptAfterFirst);

    // A member code used twice: checked again, and the error found (and not kept).
    const broken = 'duplicate-member-code';
    cpSync(join(BROKEN_CASES, broken, 'files'), root, { recursive: true });
    const third = await checkAsTheBuildDoes(root, keptCheck);
    expect(third.kept).toBeUndefined();
    expect(third.errorCount).toBe(readExpected(broken).filter((d) => d.severity === 'error').length);
    expect(third.errorCount).toBeGreaterThan(0);
    expect(readFileSync(keptCheck, 'utf8')).toBe(keptAfterFirst);

    // The good file back: the first check's findings stand again.
    cpSync(GOOD_SITE, root, { recursive: true });
    expect(await checkAsTheBuildDoes(root, keptCheck)).toEqual({ ...first, kept: true });
  }, 60_000);
});
