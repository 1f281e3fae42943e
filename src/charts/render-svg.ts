import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { measureVegaText } from './text-width.ts';
import { createChartConfig } from './theme.ts';

/**
 * Vega-Lite spec → Vega spec → SVG text, in Node, at build time: no canvas, no browser, no
 * chart JavaScript shipped. Layout uses our own text widths (see text-width.ts), so the same
 * spec gives the same bytes on every machine.
 */
(vega as unknown as { textMetrics: { width: typeof measureVegaText } }).textMetrics.width = measureVegaText;

/** Thrown when Vega-Lite rejects a spec, or warns that it dropped part of it. */
export class ChartCompileError extends Error {}

/** Compiles a Vega-Lite spec with the chart theme; warnings are errors, since each one means a dropped encoding or a wrong scale. */
export function compileChart(spec: TopLevelSpec): vega.Spec {
  const warnings: string[] = [];
  const logger = createLogger(warnings);
  let compiled: vega.Spec;
  try {
    compiled = compile(spec, { config: createChartConfig(), logger }).spec as vega.Spec;
  } catch (error) {
    throw new ChartCompileError(error instanceof Error ? error.message : String(error));
  }
  if (warnings.length > 0) throw new ChartCompileError(warnings.join(' '));
  return compiled;
}

// Vega numbers clip paths and gradients from a global counter: render one chart at a time
// and reset the counter first, so ids depend only on the chart.
let queue: Promise<unknown> = Promise.resolve();

/** Renders a compiled chart to SVG text. */
export function renderSvg(spec: vega.Spec): Promise<string> {
  const run = queue.then(async () => {
    vega.resetSVGDefIds();
    const view = new vega.View(vega.parse(spec), { renderer: 'none', logLevel: vega.Error });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** A Vega logger that collects warnings and errors instead of printing them. */
function createLogger(warnings: string[]): vega.LoggerInterface {
  return vega.logger(vega.Warn, undefined, (_method, _level, args) => void warnings.push(args.map(String).join(' ')));
}
