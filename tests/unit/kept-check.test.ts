import { appendFileSync, cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckSummary } from '../../src/validation/check-in-worker.ts';
import { checkKey, keepCheck, readKeptCheck } from '../../src/validation/kept-check.ts';
import { GOOD_SITE } from '../support/fixture-tree.ts';

const work = mkdtempSync(join(tmpdir(), 'rapporteur-kept-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyOfGoodSite(name: string): string {
  const dir = join(work, name);
  cpSync(GOOD_SITE, dir, { recursive: true });
  return dir;
}

describe('the key of a check', () => {
  it('changes with every file under content/ and data/, whatever its kind, and with nothing else', () => {
    const dir = copyOfGoodSite('key');
    const first = checkKey(dir);
    expect(checkKey(dir)).toBe(first);

    // Outside the folders the check reads: the same key.
    writeFileSync(join(dir, 'notes.txt'), 'an editor’s notes');
    expect(checkKey(dir)).toBe(first);

    // One character more in a data file, then taken back: the key follows the bytes, not the time.
    const dataFile = globSync('data/**/*.yaml', { cwd: dir }).sort()[0]!;
    const original = readFileSync(join(dir, dataFile));
    appendFileSync(join(dir, dataFile), '\n');
    const edited = checkKey(dir);
    expect(edited).not.toBe(first);
    writeFileSync(join(dir, dataFile), original);
    expect(checkKey(dir)).toBe(first);

    // A file no schema reads is still reported by the check (every file must be read or reported).
    writeFileSync(join(dir, 'content', 'stray.txt'), 'left behind');
    const withStray = checkKey(dir);
    expect(withStray).not.toBe(first);
    unlinkSync(join(dir, 'content', 'stray.txt'));
    expect(checkKey(dir)).toBe(first);

    // A file moved to another name, with the same bytes.
    const markdownFile = globSync('content/**/*.md', { cwd: dir }).sort().at(-1)!;
    const moved = markdownFile.replace(/\.md$/, '-moved.md');
    cpSync(join(dir, markdownFile), join(dir, moved));
    unlinkSync(join(dir, markdownFile));
    expect(checkKey(dir)).not.toBe(first);
    cpSync(join(dir, moved), join(dir, markdownFile));
    unlinkSync(join(dir, moved));
    expect(checkKey(dir)).toBe(first);

    // A symbolic link (reported, never followed), and where it points.
    symlinkSync('../elsewhere.md', join(dir, 'content', 'linked.md'));
    const linked = checkKey(dir);
    unlinkSync(join(dir, 'content', 'linked.md'));
    symlinkSync('../somewhere-else.md', join(dir, 'content', 'linked.md'));
    expect(new Set([first, edited, withStray, linked, checkKey(dir)]).size).toBe(5);
  });
});

describe('a kept check', () => {
  const clean: CheckSummary = {
    diagnostics: [{ name: 'some-warning', severity: 'warning', message: 'A warning.', hint: 'A hint.', file: 'content/a.md', line: 3, column: 1 }],
    errorCount: 0,
    fileCount: 12,
  };

  it('is read back under its own key only', () => {
    const file = join(work, 'kept', '.build', 'last-check.json');
    keepCheck(file, 'key-a', clean);
    expect(readKeptCheck(file, 'key-a')).toEqual(clean);
    expect(readKeptCheck(file, 'key-b')).toBeUndefined();
    keepCheck(file, 'key-b', { ...clean, fileCount: 13 });
    expect(readKeptCheck(file, 'key-a')).toBeUndefined();
    expect(readKeptCheck(file, 'key-b')).toEqual({ ...clean, fileCount: 13 });
  });

  it('is never one that found errors', () => {
    const file = join(work, 'errors', 'last-check.json');
    keepCheck(file, 'key-a', { ...clean, errorCount: 1 });
    expect(existsSync(file)).toBe(false);
  });

  it('is nothing when its file is missing or not what a check wrote', () => {
    const file = join(work, 'damaged.json');
    expect(readKeptCheck(file, 'key-a')).toBeUndefined();
    writeFileSync(file, '{"key": "key-a", "summ');
    expect(readKeptCheck(file, 'key-a')).toBeUndefined();
  });
});
