import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically, writeFileAtomicallySync } from '../../src/pdf/write-file-atomically.ts';

const writers = [
  ['writeFileAtomically', writeFileAtomically],
  ['writeFileAtomicallySync', async (path: string, bytes: Uint8Array) => writeFileAtomicallySync(path, bytes)],
] as const;

describe.each(writers)('%s', (_name, write) => {
  it('replaces the file and leaves no temporary file beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapporteur-atomic-'));
    writeFileSync(join(dir, 'a.pdf'), 'old');
    await write(join(dir, 'a.pdf'), new TextEncoder().encode('new'));
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('on failure leaves what was there and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapporteur-atomic-'));
    // A non-empty folder where the file should go: the write succeeds, the rename fails.
    mkdirSync(join(dir, 'a.pdf'));
    writeFileSync(join(dir, 'a.pdf', 'kept'), 'old');
    await expect(write(join(dir, 'a.pdf'), new Uint8Array([1]))).rejects.toThrow();
    expect(readFileSync(join(dir, 'a.pdf', 'kept'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });
});
