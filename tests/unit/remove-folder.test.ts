import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeFolderOnAnotherThread } from '../../src/cli/remove-folder.ts';

describe('removing the site a build replaced', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapporteur-remove-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('removes the folder and all it holds, links included, and nothing a link points to', async () => {
    const old = join(work, 'dist-old');
    const kept = join(work, 'kept.txt');
    writeFileSync(kept, 'outside');
    for (let page = 0; page < 50; page += 1) {
      mkdirSync(join(old, 'activities', `page-${page}`), { recursive: true });
      writeFileSync(join(old, 'activities', `page-${page}`, 'index.html'), `<p>${page}</p>`);
    }
    symlinkSync(kept, join(old, 'linked.txt'));
    await removeFolderOnAnotherThread(old);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(kept)).toBe(true);
  });

  it('settles when there is nothing to remove (the first build)', async () => {
    await expect(removeFolderOnAnotherThread(join(work, 'never-made'))).resolves.toBeUndefined();
  });
});
