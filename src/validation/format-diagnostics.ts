import type { Diagnostic } from './diagnostic.ts';

/** The three output formats of `npm run check`: for people, for programs, for GitHub Actions. */
export type OutputFormat = 'text' | 'json' | 'github';

export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(diagnostics, null, 2);
  if (format === 'github') return diagnostics.map(formatGithub).join('\n');
  return diagnostics.map(formatText).join('\n\n');
}

/** `data/surveys/2020.yaml:41:9  error  UnknownMemberCode` then the message and hint, indented. */
function formatText(d: Diagnostic): string {
  const lines = [`${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.name}`, `  ${d.message}`];
  if (d.hint) lines.push(`  Hint: ${d.hint}`);
  return lines.join('\n');
}

/** GitHub Actions workflow command, so the message shows on the exact line of a pull request's diff. */
function formatGithub(d: Diagnostic): string {
  const text = escapeGithubData(d.hint ? `${d.message} Hint: ${d.hint}` : d.message);
  const props = [`file=${escapeGithubProperty(d.file)}`, `line=${Math.max(d.line, 1)}`, `col=${Math.max(d.column, 1)}`, `title=${escapeGithubProperty(d.name)}`];
  return `::${d.severity} ${props.join(',')}::${text}`;
}

function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function summarise(diagnostics: readonly Diagnostic[], files: number, seconds: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${seconds.toFixed(2)} s)`;
}
