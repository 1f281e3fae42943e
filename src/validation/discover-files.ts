import { readdirSync, readlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_FILE_KINDS, type ContentFileKind } from '../content-files.ts';

/** Folders editors write in: every file below them must be read by the site, or reported. */
export const CONTENT_ROOTS = ['content', 'data'] as const;

export interface DiscoveredFile {
  /** Relative to the project root, forward slashes. */
  file: string;
  kind?: ContentFileKind;
  /** Where a symbolic link points: reported, never followed (see listFiles). */
  linkTarget?: string;
}

/** Every file under content/ and data/, each matched to the kind of content it holds (if any). */
export function discoverFiles(root: string): DiscoveredFile[] {
  return CONTENT_ROOTS.flatMap((dir) => listFiles(root, join(root, dir))).map(({ file, linkTarget }) => (linkTarget === undefined ? { file, kind: kindOf(file) } : { file, linkTarget }));
}

export function kindOf(file: string): ContentFileKind | undefined {
  return CONTENT_FILE_KINDS.find((kind) => globToRegExp(`${kind.base}/${kind.pattern}`).test(file));
}

/** Files that document the content rather than being content (ERRATA.md, READMEs). */
export function isDocumentationFile(file: string): boolean {
  return /(^|\/)README\.md$/i.test(file) || /^content\/[^/]+\.md$/.test(file);
}

/**
 * Files and symbolic links, sorted. Links are listed, not followed: Astro's loaders follow a
 * link to a file and would publish what it points at unchecked, and a link to a folder
 * above it would make any walk loop.
 */
function listFiles(root: string, dir: string): { file: string; linkTarget?: string }[] {
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

/** Globs here only use `*` within one path segment. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}
