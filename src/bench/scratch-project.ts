import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

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

/** Moves every cache and output a build leaves into `trash` (see setAside), so the next build is cold. */
export function removeBuildState(dir: string, trash: string): void {
  for (const name of ['dist', '.build', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'public/pagefind']) setAside(join(dir, name), trash);
}

/** The folder of a benchmark run (`workDir`) that setAside moves things into; deleted with the run's folder. */
export function trashFolderOf(workDir: string): string {
  return join(workDir, 'set-aside');
}

let setAsideCount = 0;

/**
 * Moves `path` (if it exists) into the folder `trash`, on the same file system, for the run to
 * delete when it ends. Deleting thousands of files slows the file creations after it on a file
 * system without a journal, as this machine's is (dmesg: "mounted filesystem ... without
 * journal"): ext4 then leaves each freed inode unused for 60 s, 360 s while its inode table block
 * is dirty, and scans past it at every allocation (recently_deleted() in fs/ext4/ialloc.c; under
 * `perf record`, a third of Pagefind's index writing at 16x). Deleting the last build's output
 * just before timing the next charged that to the timed build, the more so the more files it
 * writes: a 16x cold build took 21.2 s after its state was deleted and 17.9 s after it was moved
 * aside. A rename frees no inode. A build's own deletions (ours of the site it replaced, Astro's
 * of its output folder) still count.
 */
export function setAside(path: string, trash: string): void {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  setAsideCount += 1;
  renameSync(path, join(trash, `${setAsideCount}-${basename(path)}`));
}
