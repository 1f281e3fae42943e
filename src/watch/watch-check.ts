import type { Diagnostic } from '../validation/diagnostic.ts';
import { formatDiagnostics, summarise } from '../validation/format-diagnostics.ts';
import { diffDiagnostics, type DiagnosticChanges } from './diff-diagnostics.ts';

/**
 * `npm run check -- --watch`: checks once and prints everything, then re-checks after each
 * burst of saves under content/ and data/ and prints only what changed. The file watcher,
 * timers and output are passed in, so the whole loop runs in tests without a file system.
 */
export interface CheckRun {
  diagnostics: Diagnostic[];
  fileCount: number;
  seconds: number;
}

export interface WatchEffects {
  /** Calls `onChange` with a path relative to the project root whenever something under `dir` changes. */
  watch(dir: string, onChange: (file: string) => void): { close(): void };
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  print(text: string): void;
  /** `10:42:05`, for the heading of each re-check. */
  clock(): string;
}

export const WATCHED_DIRS = ['content', 'data'] as const;

/** Editors save in bursts (a temporary file, a rename, a second write): wait for quiet first. */
export const DEBOUNCE_MS = 200;

export function watchCheck(check: () => CheckRun, effects: WatchEffects, debounceMs = DEBOUNCE_MS): { close(): void } {
  let previous = check();
  effects.print(formatFirstRun(previous));
  let changed = new Set<string>();
  let timer: unknown;
  const recheck = () => {
    timer = undefined;
    const files = [...changed].sort();
    changed = new Set();
    const current = check();
    effects.print(formatChanges(diffDiagnostics(previous.diagnostics, current.diagnostics), current, files, effects.clock()));
    previous = current;
  };
  const watchers = WATCHED_DIRS.map((dir) =>
    effects.watch(dir, (file) => {
      if (!isContentChange(file)) return;
      changed.add(file);
      if (timer !== undefined) effects.clearTimer(timer);
      timer = effects.setTimer(recheck, debounceMs);
    }),
  );
  return {
    close() {
      if (timer !== undefined) effects.clearTimer(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

/**
 * Editors' own files are not content: swap and backup files (`.x.md.swp`, `x.md~`, vim's
 * `4913` probe) would otherwise trigger a re-check every few seconds while typing. The
 * checker skips dot-files too.
 */
export function isContentChange(file: string): boolean {
  return !file.split('/').some((part) => part.startsWith('.')) && !file.endsWith('~') && !/(^|\/)4913$/.test(file);
}

function formatFirstRun(run: CheckRun): string {
  const listed = formatDiagnostics(run.diagnostics, 'text');
  const summary = summarise(run.diagnostics, run.fileCount, run.seconds);
  return `${listed ? `${listed}\n\n` : ''}${summary}\nWatching ${WATCHED_DIRS.map((d) => `${d}/`).join(' and ')} for changes; press Ctrl+C to stop.`;
}

/**
 * 10:42:05  data/people.yaml changed
 * + content/activities/2018-19/x.md:12:15  error  UnknownPerson
 *     Person "saori-nojma" is not in data/people.yaml.
 * resolved  data/members.yaml:4:9  error  SchemaViolation
 * 0 errors, 11 warnings in 174 files (0.25 s)
 */
export function formatChanges(changes: DiagnosticChanges, run: CheckRun, files: readonly string[], time: string): string {
  const lines = [`\n${time}  ${describeFiles(files)} changed`];
  for (const d of changes.added) lines.push(indentAfterFirst(`+ ${formatDiagnostics([d], 'text')}`));
  for (const d of changes.resolved) lines.push(`resolved  ${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.name}`);
  if (changes.added.length + changes.resolved.length === 0) lines.push('No new or resolved problems.');
  lines.push(summarise(run.diagnostics, run.fileCount, run.seconds));
  return lines.join('\n');
}

/** Names the Markdown and YAML files that changed; folders and tools' temporary files are left out. */
function describeFiles(changed: readonly string[]): string {
  const files = changed.filter((file) => /\.(md|ya?ml)$/.test(file));
  if (files.length === 0) return 'a file';
  return files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
}

/** The message and hint under a "+ " heading, indented to stay under the heading. */
function indentAfterFirst(text: string): string {
  return text.split('\n').map((line, i) => (i === 0 ? line : `  ${line}`)).join('\n');
}
