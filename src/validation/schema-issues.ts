import type { ZodType } from 'zod';
import type { core } from 'zod';
import { CATALOGUE } from './error-catalogue.ts';
import type { Diagnostic } from './diagnostic.ts';
import { suggestClosest } from './suggest.ts';
import type { PathSegment } from './yaml-source.ts';

/**
 * Turns zod issues into editor diagnostics: the field path written the way an editor reads
 * it (`participants[3].code`), what was expected, what was found, and a hint when one fits.
 */
export interface PlacedIssue {
  path: readonly PathSegment[];
  want: 'value' | 'key';
  diagnostic: Omit<Diagnostic, 'file' | 'line' | 'column'>;
}

export function describeIssues(issues: readonly core.$ZodIssue[], schema: ZodType, input: unknown, basePath: readonly PathSegment[] = []): PlacedIssue[] {
  return issues.flatMap((issue) => describeIssue(issue, schema, input, basePath));
}

function describeIssue(issue: core.$ZodIssue, schema: ZodType, input: unknown, basePath: readonly PathSegment[]): PlacedIssue[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const fullPath = [...basePath, ...path];
  const found = valueAt(input, path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = objectKeysAt(schema, path);
    return issue.keys.map((key) => ({
      path: [...fullPath, key],
      want: 'key' as const,
      diagnostic: make('UnknownField', { field: key, suggestion: suggestClosest(key, allowed), allowed: allowed.join(', ') }),
    }));
  }
  if (found === undefined && issue.code !== 'custom') {
    return [{ path: fullPath, want: 'key', diagnostic: make('MissingField', { field: fieldName(fullPath), expected: expectedText(issue) }) }];
  }
  const problem = problemText(issue);
  const diagnostic = make('SchemaViolation', { field: fieldName(fullPath), problem, found: describeValue(found) });
  if (issue.code === 'invalid_value' && typeof found === 'string') {
    const options = issue.values.map(String);
    const suggestion = suggestClosest(found, options);
    diagnostic.hint = suggestion ? `Did you mean "${suggestion}"?` : `Allowed values: ${options.join(', ')}.`;
  }
  return [{ path: fullPath, want: 'value', diagnostic }];
}

function make<N extends 'UnknownField' | 'MissingField' | 'SchemaViolation'>(name: N, params: Parameters<(typeof CATALOGUE)[N]['message']>[0]) {
  const entry = CATALOGUE[name] as { severity: 'error' | 'warning'; message: (p: typeof params) => string; hint?: (p: typeof params) => string | undefined };
  return { name, severity: entry.severity, message: entry.message(params), hint: entry.hint?.(params) } as PlacedIssue['diagnostic'];
}

/**
 * For a union, a branch whose type and format matched but failed a finer rule (a day that
 * is not in the calendar, a list too short) says more than the union's general message.
 */
function problemText(issue: core.$ZodIssue): string {
  if (issue.code === 'invalid_union') {
    const specific = issue.errors.find((branch) => branch[0] && ['custom', 'too_small', 'too_big'].includes(branch[0].code));
    return sentence(specific?.[0]?.message ?? issue.message);
  }
  if (issue.code === 'invalid_value') return `Expected one of: ${issue.values.map(String).join(', ')}.`;
  return sentence(issue.message);
}

function expectedText(issue: core.$ZodIssue): string {
  return issue.code === 'invalid_type' ? `Expected ${issue.expected === 'nonoptional' ? 'a value' : `a ${issue.expected}`}.` : problemText(issue);
}

function sentence(text: string): string {
  const trimmed = text.replace(/^Invalid input: /, '').trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** `participants[3].code`; list files start with the entry index: `[4].code`. */
export function fieldName(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(the whole file)';
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'a group of fields';
  const text = typeof value === 'string' ? `"${value}"` : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>((node, segment) => (node == null ? undefined : (node as Record<PathSegment, unknown>)[segment]), input);
}

/** The field names an object schema allows at `path`, for "did you mean" on unknown fields. */
function objectKeysAt(schema: ZodType, path: readonly PathSegment[]): string[] {
  let node: unknown = schema;
  for (const segment of path) node = childSchema(unwrap(node), segment);
  const def = defOf(unwrap(node));
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

type Def = { type: string; shape?: unknown; element?: unknown; innerType?: unknown; out?: unknown; items?: unknown[] };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;

function unwrap(schema: unknown): unknown {
  let node = schema;
  for (let def = defOf(node); def && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(def.type); def = defOf(node)) {
    node = def.type === 'pipe' ? def.out : def.innerType;
  }
  return node;
}

function childSchema(schema: unknown, segment: PathSegment): unknown {
  const def = defOf(schema);
  if (def?.type === 'object') return (def.shape as Record<string, unknown>)[segment];
  if (def?.type === 'array') return def.element;
  if (def?.type === 'tuple') return def.items?.[Number(segment)];
  return undefined;
}
