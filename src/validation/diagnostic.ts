/**
 * The shape of every message the checker gives an editor: what happened, where, and
 * what to do. Names are permanent (tests, docs and editors' searches rely on them).
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  name: string;
  severity: Severity;
  message: string;
  hint?: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole and no line fits. */
  line: number;
  /** 1-based. */
  column: number;
}

/** A place in a file, before a message is attached to it. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.name.localeCompare(b.name);
}
