import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A folder a build made (the search index), kept in the build cache with a digest of
 * everything it was made from, so that the next build, given the same inputs, copies it
 * instead of making it again. One copy per name: a new digest replaces the old copy.
 * `RAPPORTEUR_CACHE=off` keeps and restores nothing.
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
  cpSync(join(kept, 'files'), destination, { recursive: true });
  return true;
}

/** Keeps a copy of `source` under `name`, made from inputs with `digest`. */
export function keepFolder(cacheDir: string, name: string, digest: string, source: string): void {
  if (process.env.RAPPORTEUR_CACHE === 'off') return;
  const kept = join(cacheDir, name);
  // Written beside the kept copy and renamed over it, so a build stopped halfway never
  // leaves a copy whose digest does not match its files.
  const next = `${kept}.${process.pid}.tmp`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  cpSync(source, join(next, 'files'), { recursive: true });
  writeFileSync(join(next, 'digest'), digest);
  rmSync(kept, { recursive: true, force: true });
  renameSync(next, kept);
}
