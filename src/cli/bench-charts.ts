import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from '../bench/median.ts';
import { drawChart } from '../charts/build-chart.ts';
import { listStandardCharts } from '../charts/standard-charts.ts';
import { loadContent } from '../validation/load-content.ts';

/**
 * `npm run bench:charts [-- --repeat N] [--root DIR]`: draws every standard chart the content
 * has and prints, per chart, the first drawing's time (compiling, laying out and rendering with
 * cold caches), the median of N more, and the SVG's size. It prints figures only: timings vary
 * with the machine, so nothing here passes or fails.
 */
const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' }, root: { type: 'string', default: '.' } } });
const repeat = Math.max(1, Number(values.repeat) || 5);
const charts = listStandardCharts(loadContent(resolve(values.root)).data);

const rows: string[][] = [];
let totalMs = 0;
let totalBytes = 0;
for (const { name, definition } of charts) {
  const first = await timeDrawing(() => drawChart(definition));
  const again: number[] = [];
  for (let i = 0; i < repeat; i += 1) again.push((await timeDrawing(() => drawChart(definition))).ms);
  const bytes = Buffer.byteLength(first.svg);
  totalMs += first.ms;
  totalBytes += bytes;
  rows.push([name, first.ms.toFixed(1), median(again).toFixed(1), (bytes / 1024).toFixed(1)]);
}
rows.push(['total (first drawings)', totalMs.toFixed(1), '', (totalBytes / 1024).toFixed(1)]);
printTable(['chart', 'first ms', `median of ${repeat} ms`, 'SVG KiB'], rows);

async function timeDrawing(draw: () => Promise<{ svg: string }>): Promise<{ ms: number; svg: string }> {
  const started = performance.now();
  const { svg } = await draw();
  return { ms: performance.now() - started, svg };
}

function printTable(head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
}
