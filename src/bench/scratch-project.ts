import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What of the repository a build needs besides content/ and data/. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A copy of this project in `dir`, ready for a corpus to be generated into it. The code is
 * copied as it is now (others are still changing it), and node_modules is linked.
 */
export function createScratchProject(repoRoot: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) {
    if (existsSync(join(repoRoot, name))) cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(repoRoot, dir);
}

/**
 * A copy of the repository when the run starts, content included, so every scale is built
 * from the same code and the same shipped content however long the run takes. `commit`
 * (`'HEAD'`, say) takes that committed tree, not others' half-saved work; `undefined` takes
 * the working tree as it is (no default: a default would turn `undefined` into HEAD).
 * Returns the commit it took, if any.
 */
export function snapshotRepository(repoRoot: string, dir: string, commit: string | undefined): string | undefined {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = [...PROJECT_FILES, 'content', 'data'];
  if (commit === undefined) {
    for (const name of names) if (existsSync(join(repoRoot, name))) cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
  } else {
    const present = execFileSync('git', ['-C', repoRoot, 'ls-tree', '--name-only', commit], { encoding: 'utf8' }).split('\n');
    const archive = execFileSync('git', ['-C', repoRoot, 'archive', commit, ...names.filter((n) => present.includes(n))], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  linkNodeModules(repoRoot, dir);
  return commit && execFileSync('git', ['-C', repoRoot, 'rev-parse', '--short', commit], { encoding: 'utf8' }).trim();
}

/**
 * Links each package of the repository's node_modules rather than the folder itself: Astro
 * keeps its content-layer cache in node_modules/.astro and Vite its in node_modules/.vite,
 * so a linked folder would share one cache between the repository, every scale and every
 * baseline, and "cold" would not be cold.
 */
export function linkNodeModules(repoRoot: string, dir: string): void {
  const source = join(repoRoot, 'node_modules');
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(source, name), join(target, name));
  }
}

/** Removes every cache and output a build leaves, so the next build is cold. */
export function removeBuildState(dir: string): void {
  for (const name of ['dist', '.build', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'public/pagefind']) {
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}
