import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_FILE_KINDS, type ContentFileKind } from '../content-files.ts';

/** Folders editors write in: every file below them must be read by the site, or reported. */
export const CONTENT_ROOTS = ['content', 'data'] as const;

export interface DiscoveredFile {
  /** Relative to the project root, forward slashes. */
  file: string;
  kind?: ContentFileKind;
}

/** Every file under content/ and data/, each matched to the kind of content it holds (if any). */
export function discoverFiles(root: string): DiscoveredFile[] {
  return CONTENT_ROOTS.flatMap((dir) => listFiles(root, join(root, dir))).map((file) => ({ file, kind: kindOf(file) }));
}

export function kindOf(file: string): ContentFileKind | undefined {
  return CONTENT_FILE_KINDS.find((kind) => globToRegExp(`${kind.base}/${kind.pattern}`).test(file));
}

/** Files that document the content rather than being content (ERRATA.md, READMEs). */
export function isDocumentationFile(file: string): boolean {
  return /(^|\/)README\.md$/i.test(file) || /^content\/[^/]+\.md$/.test(file);
}

function listFiles(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? listFiles(root, join(dir, e.name)) : e.isFile() ? [relative(root, join(dir, e.name)).split(sep).join('/')] : []))
    .sort();
}

/** Globs here only use `*` within one path segment. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}
