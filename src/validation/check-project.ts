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

/** Every cross-file rule, run in this order after each file passed its schema. */
export const RULES: readonly Rule[] = [checkIdentity, checkReferences, checkWorkPlanReferences, checkDates, checkSurveys, checkHistory, checkPublications, checkFigures, checkMarkdownDepth, checkMarkdownHtml, checkCharts];

export interface CheckResult {
  diagnostics: Diagnostic[];
  errorCount: number;
  fileCount: number;
  content: LoadedContent;
}

/** Validates all content under `root` without building the site. */
export function checkProject(root: string, rules: readonly Rule[] = RULES): CheckResult {
  const content = loadContent(root);
  const context = new RuleContext(content.data, content.sources, content.invalidIds);
  for (const rule of rules) rule(context);
  const diagnostics = [...content.diagnostics, ...context.diagnostics].sort(compareDiagnostics);
  return { diagnostics, errorCount: diagnostics.filter((d) => d.severity === 'error').length, fileCount: content.fileCount, content };
}
