import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { findExcessiveNesting } from '../markdown-depth.ts';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readChartBlock } from '../../charts/chart-block.ts';
import type { RuleContext } from '../rule-context.ts';

/** A fence that opens a chart block, to skip parsing the many bodies that have none. */
const CHART_FENCE = /^[ \t>*+-]*(?:`{3,}|~{3,})\s*chart\b/m;

/**
 * Every ```chart block in Markdown names a dataset that exists, encodes only fields that
 * dataset has, and compiles as Vega-Lite, so `npm run check` finds what would otherwise stop
 * the build in remark-charts.ts, at the same file and line.
 */
export function checkCharts(context: RuleContext): void {
  const { activities, reportChapters, surveyChapters, articles } = context.data;
  const parser = unified().use(remarkParse);
  for (const entry of [...activities, ...reportChapters, ...surveyChapters, ...articles]) {
    if (!CHART_FENCE.test(entry.body)) continue;
    // Too deep to parse safely: checkMarkdownDepth reports it instead.
    if (findExcessiveNesting(entry.body)) continue;
    visit(parser.parse(entry.body), 'code', (node: Code) => {
      if (node.lang !== 'chart') return;
      const fence = context.sources.inBody(entry.data, entry.body, node.position?.start.offset ?? 0);
      const result = readChartBlock(node.value, { file: fence.file, fenceLine: fence.line, column: fence.column }, context.data);
      context.diagnostics.push(...result.diagnostics);
    });
  }
}
