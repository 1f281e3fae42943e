import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStandardCharts } from '../../src/charts/standard-charts.ts';
import { startCheckInWorker, takePendingCheck } from '../../src/validation/check-in-worker.ts';
import { loadContent } from '../../src/validation/load-content.ts';
import { GOOD_SITE } from '../support/fixture-tree.ts';

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
