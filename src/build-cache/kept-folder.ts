import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A folder a build made (the search index), kept in the build cache with a digest of
 * everything it was made from, so that the next build, given the same inputs, reuses it
 * instead of making it again. One copy per name: a new digest replaces the old copy.
 * `RAPPORTEUR_CACHE=off` keeps and restores nothing.
 *
 * Files are hard-linked, not copied (copying the 1x index each way cost 0.23-0.28 s of a
 * 3.4 s build, --cpu-prof). Sharing is safe because no one writes into these files: the
 * build makes a new output folder each time, and Pagefind writes only into that new folder.
 */
export function restoreKeptFolder(cacheDir: string, name: string, digest: string, destination: string): boolean {
  if (process.env.RAPPORTEUR_CACHE === 'off') return false;
  const kept = join(cacheDir, name);
  try {
    if (readFileSync(join(kept, 'digest'), 'utf8') !== digest) return false;
  } catch {
    return false;
  }
  rmSync(destination, { recursive: true, force: true });
  linkTree(join(kept, 'files'), destination);
  return true;
}

/** Keeps `source`'s files under `name`, made from inputs with `digest`. */
export function keepFolder(cacheDir: string, name: string, digest: string, source: string): void {
  if (process.env.RAPPORTEUR_CACHE === 'off') return;
  const kept = join(cacheDir, name);
  // Written beside the kept copy and renamed over it, so a build stopped halfway never
  // leaves a copy whose digest does not match its files.
  const next = `${kept}.${process.pid}.tmp`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  linkTree(source, join(next, 'files'));
  writeFileSync(join(next, 'digest'), digest);
  rmSync(kept, { recursive: true, force: true });
  renameSync(next, kept);
}

/** `to` gets the tree of `from`, each file hard-linked (copied where the file system cannot link). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}

function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    // EXDEV: the cache and the output are on different file systems; EPERM: one without links.
    if (!['EXDEV', 'EPERM', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(source, target);
  }
}
