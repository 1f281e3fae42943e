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

/**
 * Compiles a Vega-Lite spec with the chart theme; warnings are errors, since each one means a
 * dropped encoding or a wrong scale.
 *
 * Vega-Lite copies a spec's inline data into the Vega spec as they are (the same arrays), so
 * specs that differ only in their data compile to the same Vega spec but for those arrays:
 * the 43 standard charts of the shipped content have 10 such shapes, the 16x corpus's 211 have
 * 31. A shape is compiled once and each chart of it gets a copy with its own data put in
 * (compiling was 40 % of drawing a chart: 200 ms of 500 ms for the 43).
 */
export function compileChart(spec: TopLevelSpec): vega.Spec {
  const data = listInlineData(spec);
  const shape = JSON.stringify(spec, (key, value: unknown) => (key === 'values' && Array.isArray(value) ? 0 : value));
  const known = compiledShapes.get(shape);
  if (known) return copyWithData(known.compiled, new Map(known.data.map((array, i) => [array, data[i]!])));
  const compiled = compileOnce(spec);
  // Kept only when every data array (each a different one) went in as itself, so that it can be found and replaced.
  const placed = new Set(listInlineData(compiled));
  if (new Set(data).size === data.length && data.every((array) => placed.has(array))) {
    if (compiledShapes.size >= MAX_SHAPES) compiledShapes.delete(compiledShapes.keys().next().value!);
    compiledShapes.set(shape, { compiled: copyWithData(compiled, new Map(data.map((array) => [array, array]))), data });
  }
  return compiled;
}

/** Vega specs by the shape of the Vega-Lite spec they came from, with the data arrays it had. */
const compiledShapes = new Map<string, { compiled: vega.Spec; data: unknown[][] }>();
/** A bound for a long `astro dev` session; a build has a few dozen shapes. */
const MAX_SHAPES = 500;

/** Every inline `values` array of a spec, in the order a depth-first walk meets them. */
function listInlineData(spec: unknown, found: unknown[][] = []): unknown[][] {
  if (Array.isArray(spec)) for (const item of spec) listInlineData(item, found);
  else if (spec !== null && typeof spec === 'object') {
    for (const [key, value] of Object.entries(spec)) {
      if (key === 'values' && Array.isArray(value)) found.push(value);
      else listInlineData(value, found);
    }
  }
  return found;
}

/** A deep copy of a Vega spec, each data array in `replacements` swapped for its replacement. */
function copyWithData<T>(value: T, replacements: ReadonlyMap<unknown, unknown>): T {
  if (replacements.has(value)) return replacements.get(value) as T;
  if (Array.isArray(value)) return value.map((item) => copyWithData(item, replacements)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyWithData(item, replacements)])) as T;
  }
  return value;
}

function compileOnce(spec: TopLevelSpec): vega.Spec {
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
