import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of the code a cached result was made by: the project's source files matching
 * `patterns` and the lockfile (every package version). Part of every cache key, so that
 * changing a plugin or upgrading a package never serves output of the old code.
 */
export function sourceVersion(patterns: readonly string[], root = process.cwd()): string {
  const hash = createHash('sha256');
  const files = patterns.flatMap((pattern) => globSync(pattern, { cwd: root })).sort();
  for (const file of [...files, 'package-lock.json']) {
    hash.update(file).update('\0');
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex');
}
