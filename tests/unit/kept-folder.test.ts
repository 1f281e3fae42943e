import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepFolder, restoreKeptFolder } from '../../src/build-cache/kept-folder.ts';

/** A folder with a file at the top and one a level down, as Pagefind's index has. */
function makeIndex(dir: string, text: string): void {
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  writeFileSync(join(dir, 'pagefind-entry.json'), `{"text":"${text}"}`);
  writeFileSync(join(dir, 'fragment', 'en_1.pf_fragment'), text);
}

const read = (dir: string) => [readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'), readFileSync(join(dir, 'fragment', 'en_1.pf_fragment'), 'utf8')];

describe('a kept folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapporteur-kept-'));
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('comes back, all levels down, for the digest it was kept with, after its source is gone', () => {
    const cache = join(work, 'cache');
    const built = join(work, 'first', 'pagefind');
    makeIndex(built, 'first');
    keepFolder(cache, 'search-index', 'digest-1', built);
    // The build's output is replaced by the next build's: the kept files must not go with it.
    rmSync(join(work, 'first'), { recursive: true });

    const next = join(work, 'second', 'pagefind');
    expect(restoreKeptFolder(cache, 'search-index', 'digest-1', next)).toBe(true);
    expect(read(next)).toEqual(['{"text":"first"}', 'first']);
  });

  it('is not restored for another digest, and a new digest replaces it', () => {
    const cache = join(work, 'cache');
    makeIndex(join(work, 'a'), 'a');
    keepFolder(cache, 'search-index', 'digest-a', join(work, 'a'));
    expect(restoreKeptFolder(cache, 'search-index', 'digest-b', join(work, 'out'))).toBe(false);

    makeIndex(join(work, 'b'), 'b');
    keepFolder(cache, 'search-index', 'digest-b', join(work, 'b'));
    expect(restoreKeptFolder(cache, 'search-index', 'digest-a', join(work, 'out'))).toBe(false);
    expect(restoreKeptFolder(cache, 'search-index', 'digest-b', join(work, 'out'))).toBe(true);
    expect(read(join(work, 'out'))).toEqual(['{"text":"b"}', 'b']);
  });

  it('is neither kept nor restored with RAPPORTEUR_CACHE=off', () => {
    const cache = join(work, 'cache');
    makeIndex(join(work, 'a'), 'a');
    keepFolder(cache, 'search-index', 'digest-a', join(work, 'a'));
    process.env.RAPPORTEUR_CACHE = 'off';
    try {
      expect(restoreKeptFolder(cache, 'search-index', 'digest-a', join(work, 'out'))).toBe(false);
    } finally {
      delete process.env.RAPPORTEUR_CACHE;
    }
  });
});
