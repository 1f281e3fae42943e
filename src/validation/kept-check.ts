import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceVersion } from '../build-cache/source-version.ts';
import { writeFileAtomicallySync } from '../pdf/write-file-atomically.ts';
import type { CheckSummary } from './check-in-worker.ts';
import { listContentFiles } from './content-folders.ts';

/**
 * The last clean check `npm run build` made, kept with the key of what it checked, so the
 * next build of the same content by the same code reuses its findings instead of checking
 * again, as Astro's content layer reuses what it loaded while a file's digest is unchanged.
 * The check is a pure function of the files under content/ and data/ and of our code (the
 * rules, the schemas, the packages they use), and the key covers all of them. Checking again
 * took the second core while the first was starting Astro, and a build with nothing changed
 * waited for it: `npm run bench -- --compare` at 1x, 5 builds each in turns, warm median
 * 2.83 -> 2.35 s (CPU 4.16 -> 3.00 s).
 */

/** This repository: the check's code is src/ and its packages are the lockfile's, wherever the content is. */
const CODE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Our code's hash, read once per thread: a build's check thread keys the content before and
 * after checking it, and the code it runs cannot change under it.
 */
let codeVersion: string | undefined;

/** A hash of everything a check of `root` depends on: the content read now, our code as loaded. */
export function checkKey(root: string): string {
  codeVersion ??= sourceVersion(['src/**/*'], CODE_ROOT);
  const hash = createHash('sha256').update(`kept check 1\0${process.version}\0${codeVersion}\0`);
  for (const { file, linkTarget } of listContentFiles(root)) {
    const bytes = linkTarget === undefined ? readFileSync(join(root, file)) : Buffer.from(`link to ${linkTarget}`);
    hash.update(`${file}\0${linkTarget === undefined ? 'file' : 'link'}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

interface KeptCheckFile {
  key: string;
  summary: CheckSummary;
}

/** The findings kept in `file` under `key`, if it holds them. */
export function readKeptCheck(file: string, key: string): CheckSummary | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptCheckFile;
    return kept.key === key ? kept.summary : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a clean check's findings (warnings only). A check that found errors is not kept: the
 * build stops, and the editor changes the content before the next one.
 */
export function keepCheck(file: string, key: string, summary: CheckSummary): void {
  if (summary.errorCount > 0) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomicallySync(file, Buffer.from(JSON.stringify({ key, summary } satisfies KeptCheckFile)));
}
