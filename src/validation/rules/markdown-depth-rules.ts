import type { MarkdownEntry } from '../../model/site-data.ts';
import { findExcessiveNesting, NESTING_LIMIT } from '../markdown-depth.ts';
import { makeDiagnostic } from '../parse-content-file.ts';
import type { RuleContext } from '../rule-context.ts';

/** Markdown nested too deep to render is an error at its line, before the build can crash on it. */
export function checkMarkdownDepth(context: RuleContext): void {
  const { activities, reportChapters, surveyChapters, articles } = context.data;
  for (const entry of [...activities, ...reportChapters, ...surveyChapters, ...articles] as MarkdownEntry<object>[]) {
    const nesting = findExcessiveNesting(entry.body);
    if (!nesting) continue;
    const at = context.sources.inBody(entry.data, entry.body, nesting.offset);
    context.diagnostics.push(makeDiagnostic('MarkdownTooDeep', { what: nesting.what, depth: nesting.depth, limit: NESTING_LIMIT }, at));
  }
}
