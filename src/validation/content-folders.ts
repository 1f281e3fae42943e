import { readdirSync, readlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders editors write in: every file below them must be read by the site, or reported. */
export const CONTENT_ROOTS = ['content', 'data'] as const;

export interface ListedFile {
  /** Relative to the project root, forward slashes. */
  file: string;
  /** Where a symbolic link points: reported, never followed. */
  linkTarget?: string;
}

/**
 * Every file and symbolic link under content/ and data/ (names starting with a dot left
 * out), sorted. Links are listed, not followed: Astro's loaders follow a link to a file and
 * would publish what it points at unchecked, and a link to a folder above it would make any
 * walk loop. Kept apart from discover-files.ts, which matches each file to its schema, so the
 * build's check thread can list the files without loading the schemas (kept-check.ts).
 */
export function listContentFiles(root: string): ListedFile[] {
  return CONTENT_ROOTS.flatMap((dir) => listFiles(root, join(root, dir)));
}

function listFiles(root: string, dir: string): ListedFile[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const toFile = (name: string) => relative(root, join(dir, name)).split(sep).join('/');
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => {
      if (e.isSymbolicLink()) return [{ file: toFile(e.name), linkTarget: readlinkSync(join(dir, e.name)) }];
      return e.isDirectory() ? listFiles(root, join(dir, e.name)) : e.isFile() ? [{ file: toFile(e.name) }] : [];
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
