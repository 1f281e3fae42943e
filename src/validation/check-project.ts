import { compareDiagnostics, type Diagnostic } from './diagnostic.ts';
import { loadContent, type LoadedContent } from './load-content.ts';
import { RuleContext, type Rule } from './rule-context.ts';
import { checkCharts } from './rules/chart-rules.ts';
import { checkDates } from './rules/date-rules.ts';
import { checkFigures } from './rules/figure-rules.ts';
import { checkHistory } from './rules/history-rules.ts';
import { checkIdentity } from './rules/identity-rules.ts';
import { checkMarkdownDepth } from './rules/markdown-depth-rules.ts';
import { checkMarkdownHtml } from './rules/markdown-html-rules.ts';
import { checkPublications } from './rules/publication-rules.ts';
import { checkReferences } from './rules/reference-rules.ts';
import { checkSurveys } from './rules/survey-rules.ts';
import { checkWorkPlanReferences } from './rules/work-plan-rules.ts';

/**
 * Rules that only ever warn (every code they report is a warning in the error catalogue), so
 * nothing they find can stop a build: `npm run build` loads content once the other rules have
 * passed, while these still run (src/validation/check-worker.ts). The Markdown HTML rule
 * parses every text that holds a tag or link: 0.9 s of a 16× check.
 */
export const ADVISORY_RULES: readonly Rule[] = [checkMarkdownHtml];

/** Every cross-file rule, run in this order after each file passed its schema; the advisory ones last. */
export const RULES: readonly Rule[] = [checkIdentity, checkReferences, checkWorkPlanReferences, checkDates, checkSurveys, checkHistory, checkPublications, checkFigures, checkMarkdownDepth, checkCharts, ...ADVISORY_RULES];

export interface CheckResult {
  diagnostics: Diagnostic[];
  errorCount: number;
  fileCount: number;
  content: LoadedContent;
}

/**
 * Validates all content under `root` without building the site. `onVerdict` hears the number
 * of errors once every rule in `rules` that can report one has run, before the advisory rules.
 */
export function checkProject(root: string, rules: readonly Rule[] = RULES, onVerdict?: (errorCount: number) => void): CheckResult {
  const content = loadContent(root);
  const context = new RuleContext(content.data, content.sources, content.invalidIds);
  const advisory = rules.filter((rule) => ADVISORY_RULES.includes(rule));
  for (const rule of rules) if (!advisory.includes(rule)) rule(context);
  onVerdict?.(countErrors([...content.diagnostics, ...context.diagnostics]));
  for (const rule of advisory) rule(context);
  const diagnostics = [...content.diagnostics, ...context.diagnostics].sort(compareDiagnostics);
  return { diagnostics, errorCount: countErrors(diagnostics), fileCount: content.fileCount, content };
}

function countErrors(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}
