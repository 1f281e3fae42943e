import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDiskCache, waitForCacheWrites } from '../../src/build-cache/disk-cache.ts';

describe('the build cache on disk', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('writes an entry later by default, and keeps it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'disk-cache-'));
    openDiskCache(dir, 'markdown', 'v1').set('text', 'rendered');
    await waitForCacheWrites();
    expect(openDiskCache(dir, 'markdown', 'v1').get('text')).toBe('rendered');
    expect(openDiskCache(dir, 'markdown', 'v2').get('text')).toBeUndefined();
  });

  it('with writeAtOnce, has the entry on disk when set returns, for another thread’s cache to read', () => {
    dir = mkdtempSync(join(tmpdir(), 'disk-cache-'));
    const ahead = openDiskCache(dir, 'markdown', 'v1', { writeAtOnce: true });
    const pages = openDiskCache(dir, 'markdown', 'v1');
    ahead.set('text', 'rendered');
    expect(pages.has('text')).toBe(true);
    expect(pages.get('text')).toBe('rendered');
  });
});
