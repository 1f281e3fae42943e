import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically, writeFileAtomicallySync } from '../pdf/write-file-atomically.ts';

/**
 * Results of slow, pure steps (a Markdown text rendered, a chart drawn), kept between builds
 * so a warm build redoes only what changed, as Astro's own content-layer cache does for its
 * collections. Entries are addressed by a hash of everything the result depends on, so a
 * stale entry is never read: it is simply never asked for again.
 *
 * The folder is inside Astro's cache folder (`cacheDir`, node_modules/.astro by default;
 * src/integrations/build-cache.ts says where), so whatever clears Astro's cache clears this
 * one too. `RAPPORTEUR_CACHE=off` turns it off (every read misses, nothing is written).
 */
export interface DiskCache {
  get(key: string): string | undefined;
  has(key: string): boolean;
  set(key: string, value: string): void;
}

/** Entries still being written, of every cache of this process. */
const pending = new Set<Promise<unknown>>();

/** Resolves once every entry set so far is on disk (or given up on). */
export async function waitForCacheWrites(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending);
}

/** More entries than this in one cache and it is emptied: old entries are never read again. */
const MAX_ENTRIES = 20_000;

export interface DiskCacheOptions {
  /**
   * Write each entry before `set` returns. For a cache filled ahead on another thread (the
   * build's check thread renders texts and draws charts for the pages, check-worker.ts): its
   * entries must be there the moment they are made. Written later, they waited behind
   * Astro's page writes in libuv's thread pool, which every thread of a process shares, for
   * 0.9-3.7 s, and the pages made again every one of the 985 texts they rendered themselves in
   * a cold 16x build, each already rendered ahead.
   */
  writeAtOnce?: boolean;
}

/** The cache `name` (`markdown`, `charts`) in the folder `cacheDir`, for results made by code `version`. */
export function openDiskCache(cacheDir: string, name: string, version: string, { writeAtOnce = false }: DiskCacheOptions = {}): DiskCache {
  if (process.env.RAPPORTEUR_CACHE === 'off') return { get: () => undefined, has: () => false, set: () => {} };
  const dir = join(cacheDir, name);
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > MAX_ENTRIES) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const fileOf = (key: string) => join(dir, createHash('sha256').update(version).update('\0').update(key).digest('hex'));
  return {
    get(key) {
      try {
        return readFileSync(fileOf(key), 'utf8');
      } catch {
        return undefined;
      }
    },
    has(key) {
      return existsSync(fileOf(key));
    },
    set(key, value) {
      if (writeAtOnce) {
        try {
          writeFileAtomicallySync(fileOf(key), Buffer.from(value));
        } catch {
          // As below: a cache that cannot be written only makes later work slower.
        }
        return;
      }
      // Written off the main thread (a cold build writes thousands of entries), under a temporary
      // name and then renamed, so a build killed halfway never leaves half an entry; a cache that
      // cannot be written only makes the next build slower, never fails this one.
      const write = writeFileAtomically(fileOf(key), Buffer.from(value), { folderExists: true }).catch(() => {});
      pending.add(write);
      void write.finally(() => pending.delete(write));
    },
  };
}
