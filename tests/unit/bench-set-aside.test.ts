import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeBuildState, setAside, trashFolderOf } from '../../src/bench/scratch-project.ts';

describe('clearing a benchmark project between builds', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapporteur-set-aside-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const trash = trashFolderOf(work);

  it('moves every cache and output of a build into the run’s trash, keeping the project', () => {
    const project = join(work, 'project');
    const state = ['dist/index.html', '.build/last-check.json', '.astro/types.d.ts', 'node_modules/.astro/data-store.json', 'node_modules/.vite/deps.json', 'public/pagefind/pagefind.js'];
    const kept = ['content/activities/a.md', 'public/favicon.svg', 'node_modules/astro/package.json'];
    for (const file of [...state, ...kept]) {
      mkdirSync(join(project, file, '..'), { recursive: true });
      writeFileSync(join(project, file), file);
    }
    removeBuildState(project, trash);
    expect(state.filter((file) => existsSync(join(project, file)))).toEqual([]);
    expect(kept.filter((file) => !existsSync(join(project, file)))).toEqual([]);
    // Moved, not deleted: the run deletes the trash when it ends.
    const moved = readdirSync(trash, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(moved.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')).sort()).toEqual([...state].sort());

    // Again, with nothing there: nothing to do, and no name taken twice.
    removeBuildState(project, trash);
    mkdirSync(join(project, 'dist'));
    writeFileSync(join(project, 'dist', 'index.html'), 'a second build');
    setAside(join(project, 'dist'), trash);
    expect(readdirSync(trash).filter((name) => name.endsWith('-dist'))).toHaveLength(2);
  });
});
