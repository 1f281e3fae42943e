import { CONTENT_FILE_KINDS, type ContentFileKind } from '../content-files.ts';
import { listContentFiles } from './content-folders.ts';

export interface DiscoveredFile {
  /** Relative to the project root, forward slashes. */
  file: string;
  kind?: ContentFileKind;
  /** Where a symbolic link points: reported, never followed (see content-folders.ts). */
  linkTarget?: string;
}

/** Every file under content/ and data/, each matched to the kind of content it holds (if any). */
export function discoverFiles(root: string): DiscoveredFile[] {
  return listContentFiles(root).map(({ file, linkTarget }) => (linkTarget === undefined ? { file, kind: kindOf(file) } : { file, linkTarget }));
}

export function kindOf(file: string): ContentFileKind | undefined {
  return CONTENT_FILE_KINDS.find((kind) => globToRegExp(`${kind.base}/${kind.pattern}`).test(file));
}

/** Files that document the content rather than being content (ERRATA.md, READMEs). */
export function isDocumentationFile(file: string): boolean {
  return /(^|\/)README\.md$/i.test(file) || /^content\/[^/]+\.md$/.test(file);
}

/** Globs here only use `*` within one path segment. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}
