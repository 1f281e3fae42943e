import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Code, Html, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { buildChart } from '../charts/build-chart.ts';
import { renderChartHtml } from '../charts/chart-html.ts';
import type { SiteData } from '../model/site-data.ts';
import { formatDiagnostics } from '../validation/format-diagnostics.ts';

/** Where remark-charts leaves the figures it drew with `slots: true`, keyed by their slot's text. */
export const CHART_SLOTS = 'chartSlots';

/** The text of slot `index`: private-use characters, so no editor's text can look like it. */
export function chartSlotText(index: number): string {
  return `\uE000chart-${index}\uE000`;
}

export interface RemarkChartsOptions {
  /** The site's data, which named datasets are computed from; called on the first chart block. */
  loadData: () => SiteData | Promise<SiteData>;
  /**
   * For pipelines that sanitise HTML (src/markdown/page-markdown.ts): leave a text slot that
   * the sanitiser keeps, with the figures in `file.data.chartSlots`, for the page to put in
   * after sanitising.
   * The figure is generated, not written by an editor, so it need not pass the allowlist.
   */
  slots?: boolean;
}

/**
 * Draws ```chart blocks at build time: the block is a Vega-Lite spec (YAML or JSON) whose
 * data names a dataset of docs/datasets.md or lists its values; it becomes the same figure
 * Chart.astro renders (SVG, description, data table), with no JavaScript. A block that names
 * an unknown dataset or field, or that Vega-Lite cannot compile, stops the build with the
 * file, line and a hint, as `npm run check` reports it, because a broken chart is a broken page.
 *
 * Input:
 *   ```chart
 *   title: Replies per workshop
 *   description: Replies received from each workshop surveyed in 2020.
 *   data: { name: surveys/2020/replies }
 *   mark: bar
 *   encoding:
 *     y: { field: workshop, type: nominal, sort: null }
 *     x: { field: replies, type: quantitative }
 *   ```
 * Output:
 *   <figure class="chart" id="chart-…"><figcaption …>Replies per workshop</figcaption>
 *   <svg role="img" aria-labelledby="…">…</svg><p class="chart-description" …>…</p>
 *   <details class="chart-data">…<table>…</table></details></figure>
 */
export function remarkCharts(options: RemarkChartsOptions) {
  let data: Promise<SiteData> | undefined;
  return async (tree: Root, file: VFile) => {
    const blocks: { node: Code; index: number; parent: { children: Root['children'] } }[] = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang === 'chart' && parent && index !== undefined) blocks.push({ node, index, parent: parent as never });
    });
    if (blocks.length === 0) return;
    // Loaded on the first chart block: reading one compiles it with Vega-Lite, slow to load.
    const { readChartBlock } = await import('../charts/chart-block.ts');
    data ??= Promise.resolve(options.loadData());
    const siteData = await data;
    const path = relativePath(file);
    const offset = countLinesBeforeBody(file);
    const results = blocks.map(({ node }) => {
      const start = node.position?.start ?? { line: 1, column: 1 };
      return readChartBlock(node.value, { file: path, fenceLine: start.line + offset, column: start.column }, siteData);
    });
    const errors = results.flatMap((result) => result.diagnostics.filter((d) => d.severity === 'error'));
    const failed = blocks.find((_block, i) => !results[i]!.chart);
    if (failed) file.fail(formatDiagnostics(errors, 'text'), { place: failed.node.position, ruleId: errors[0]?.name, source: 'remark-charts' });
    const built = await Promise.all(results.map((result) => buildChart(result.chart!)));
    const slots: Record<string, string> = {};
    blocks.forEach((block, i) => {
      const html = renderChartHtml(built[i]!);
      if (options.slots) slots[chartSlotText(i)] = html;
      block.parent.children[block.index] = options.slots ? slotFor(i) : ({ type: 'html', value: html } satisfies Html);
    });
    if (options.slots) file.data[CHART_SLOTS] = slots;
  };
}

/** A paragraph holding only the slot's text, which any sanitiser keeps. */
function slotFor(index: number): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: chartSlotText(index) }] };
}

/** The file's path from the project root, as diagnostics print it. */
function relativePath(file: VFile): string {
  if (!file.path) return 'a Markdown text';
  const absolute = isAbsolute(file.path) ? file.path : resolve(file.cwd, file.path);
  return relative(file.cwd, absolute).split('\\').join('/');
}

/**
 * Pages render an entry's body, without its front matter, so node lines count from the body.
 * When the file on disk ends with the text being rendered, the lines before it are the front
 * matter's: adding them makes the reported line the one an editor sees in the file.
 */
function countLinesBeforeBody(file: VFile): number {
  if (!file.path) return 0;
  let text: string;
  try {
    text = readFileSync(resolve(file.cwd, file.path), 'utf8').replace(/\r\n?/g, '\n');
  } catch {
    return 0;
  }
  const markdown = String(file.value).replace(/\r\n?/g, '\n');
  if (markdown === '' || !text.endsWith(markdown)) return 0;
  return text.slice(0, text.length - markdown.length).split('\n').length - 1;
}
