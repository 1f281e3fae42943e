import type { BuiltChart, ChartTable, TableCell } from './chart-definition.ts';

/**
 * The HTML of a chart as pages show it, shared by the Markdown plugin and Chart.astro so a
 * chart looks and reads the same wherever it is placed: a figure whose caption titles it, the
 * SVG named by that title and the description, and the numbers in a table inside a closed
 * <details> (no JavaScript needed to open it).
 *
 * <figure class="chart" id="chart-…">
 *   <figcaption id="chart-…-title">Title</figcaption>
 *   <svg role="img" aria-labelledby="chart-…-title chart-…-desc">…</svg>
 *   <p class="chart-description" id="chart-…-desc">What it shows.</p>
 *   <details class="chart-data"><summary>The numbers behind this chart</summary><table>…</table></details>
 * </figure>
 */
export function renderChartHtml(chart: BuiltChart): string {
  return [
    `<figure class="chart" id="${chart.id}">`,
    `<figcaption class="chart-title" id="${chart.id}-title">${escapeHtml(chart.title)}</figcaption>`,
    chart.svg,
    `<p class="chart-description" id="${chart.id}-desc">${escapeHtml(chart.description)}</p>`,
    `<details class="chart-data"><summary>The numbers behind this chart</summary>`,
    renderTable(chart.table, chart.title),
    `</details>`,
    `</figure>`,
  ].join('\n');
}

function renderTable(table: ChartTable, title: string): string {
  const cell = (tag: 'td' | 'th', value: TableCell, index: number, scope = '') =>
    `<${tag}${scope}${table.numeric[index] ? ' class="num"' : ''}>${escapeHtml(formatCell(value))}</${tag}>`;
  const row = (cells: TableCell[]) => `<tr>${cells.map((value, i) => (i === 0 ? cell('th', value, i, ' scope="row"') : cell('td', value, i))).join('')}</tr>`;
  const head = `<tr>${table.head.map((heading, i) => cell('th', heading, i, ' scope="col"')).join('')}</tr>`;
  const foot = table.foot && table.foot.length > 0 ? `<tfoot>${table.foot.map(row).join('')}</tfoot>` : '';
  return `<div class="table-scroll" role="region" aria-label="${escapeHtml(title)}" tabindex="0"><table><caption>${escapeHtml(title)}</caption><thead>${head}</thead><tbody>${table.rows.map(row).join('')}</tbody>${foot}</table></div>`;
}

/** Numbers as the documents print them; a missing value as an en dash. */
function formatCell(value: TableCell): string {
  if (value === undefined) return '–';
  return String(value);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
