import matter from 'gray-matter';
import type { Diagnostic, Location } from './diagnostic.ts';
import { CATALOGUE, type DiagnosticName, type DiagnosticParams } from './error-catalogue.ts';
import { findNestingProblem, readYamlValue, type YamlProblem } from './yaml-limits.ts';
import { parseYamlSource, toLocation, type YamlSource } from './yaml-source.ts';

/**
 * Reads one content file the way an editor's mistakes demand: bytes that are not UTF-8,
 * a byte-order mark, an empty file, front matter that is missing or never closed, and
 * YAML syntax errors each get their own diagnostic instead of a stack trace.
 */
export interface ParsedContentFile {
  /** Parsed YAML (the whole file, or the front matter), when it could be read. */
  source?: YamlSource;
  value?: unknown;
  /** Markdown body after the front matter. */
  body?: string;
  /** Line of the file on which the body starts. */
  bodyLine?: number;
  diagnostics: Diagnostic[];
}

const MAX_BYTES = 1024 * 1024;

export function parseContentFile(file: string, bytes: Uint8Array, format: 'markdown' | 'yaml'): ParsedContentFile {
  const diagnostics: Diagnostic[] = [];
  const report = <N extends DiagnosticName>(name: N, params: DiagnosticParams<N>, at: Location = { file, line: 1, column: 1 }) =>
    diagnostics.push(makeDiagnostic(name, params, at));
  if (bytes.byteLength > MAX_BYTES) {
    report('FileTooLarge', { megabytes: (bytes.byteLength / MAX_BYTES).toFixed(1) });
    return { diagnostics };
  }
  const decoded = decodeUtf8(bytes, file);
  if ('error' in decoded) {
    report('UnreadableFile', { reason: decoded.error }, decoded.at);
    return { diagnostics };
  }
  let text = decoded.text;
  if (text.startsWith('\uFEFF')) {
    report('ByteOrderMark', {});
    text = text.slice(1);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    report('EmptyFile', { expected: format === 'markdown' ? 'front matter and a body' : 'YAML data' });
    return { diagnostics };
  }
  const split = format === 'markdown' ? splitFrontMatter(text) : { yaml: text, body: undefined };
  if ('missing' in split) {
    report(split.missing === 'open' ? 'MissingFrontMatter' : 'UnclosedFrontMatter', {});
    return { diagnostics };
  }
  const source = parseYamlSource(split.yaml, file);
  const syntax = findSyntaxProblem(source, split.yaml);
  const read = syntax ? { problem: syntax } : readYamlValue(source, split.yaml);
  if ('problem' in read) {
    const at = toLocation(source, read.problem.offset);
    if (read.problem.name === 'TabIndentation') report('TabIndentation', {}, at);
    else report(read.problem.name, { reason: read.problem.reason }, at);
    return { diagnostics, source };
  }
  // Front matter may be empty (the schema then names the missing fields); a data file may not.
  const value = read.value ?? (format === 'markdown' ? {} : undefined);
  if (value === undefined) {
    report('EmptyFile', { expected: 'YAML data' });
    return { diagnostics, source };
  }
  const bodyLine = split.body === undefined ? undefined : text.slice(0, text.length - split.body.length).split('\n').length;
  return { diagnostics, source, value, body: split.body, bodyLine };
}

/** The document's first syntax error (the ones after it are nearly always its consequences). */
function findSyntaxProblem(source: YamlSource, text: string): YamlProblem | { name: 'TabIndentation'; offset: number } | undefined {
  const error = source.doc.errors[0];
  if (!error) return undefined;
  // yaml records running out of stack on deep nesting as a syntax error, at a machine-dependent place.
  const deep = findNestingProblem(text);
  if (deep) return deep;
  const offset = errorOffset(text, error);
  return error.code === 'TAB_AS_INDENT' ? { name: 'TabIndentation', offset } : { name: 'YamlSyntax', reason: firstLine(error.message), offset };
}

export function makeDiagnostic<N extends DiagnosticName>(name: N, params: DiagnosticParams<N>, at: Location): Diagnostic {
  const entry = CATALOGUE[name] as unknown as { severity: Diagnostic['severity']; message: (p: unknown) => string; hint?: (p: unknown) => string | undefined };
  const hint = entry.hint?.(params);
  return { name, severity: entry.severity, message: entry.message(params), ...(hint ? { hint } : {}), ...at };
}

/**
 * The front matter as gray-matter splits it. Its `matter` text starts on the rest of the
 * opening "---" line, so YAML line numbers are already file line numbers.
 */
function splitFrontMatter(text: string): { yaml: string; body: string } | { missing: 'open' | 'close' } {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { missing: 'open' };
  if (!lines.slice(1).some((line) => line.trimEnd() === '---')) return { missing: 'close' };
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  return { yaml: parsed.matter, body: parsed.content };
}

function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { error: string; at: Location } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const index = lenient.indexOf('\uFFFD');
    const before = lenient.slice(0, index).split('\n');
    const at = { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    return { error: `the bytes at line ${at.line}, column ${at.column} are not valid UTF-8`, at };
  }
}

/**
 * An unclosed quote or bracket is noticed where the text goes on without it (the end of the
 * file, the next line); point at the quote or bracket that opened it.
 */
function errorOffset(text: string, error: { code: string; message: string; pos: [number, number] }): number {
  const quote = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
  if (quote) return Math.max(0, text.lastIndexOf(quote, error.pos[0] - 1));
  const bracket = error.code === 'BAD_INDENT' ? /end with a ([\]}])$/.exec(error.message.split('\n')[0]!)?.[1] : undefined;
  return bracket ? unclosedOpener(text, error.pos[0], bracket === ']' ? '[' : '{', bracket) : error.pos[0];
}

/** The last `open` before `end` that no `close` after it matches (quotes are not told apart). */
function unclosedOpener(text: string, end: number, open: string, close: string): number {
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    if (text[i] === close) depth += 1;
    else if (text[i] === open && depth-- === 0) return i;
  }
  return end;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return /[.!?]$/.test(line) ? line : `${line}.`;
}
